using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Zicht.Data.Privacy;

/// <summary>
/// The encrypting converters hold their key ring, so a model built for one ring must not serve a context with
/// another: the ring's fingerprint is part of the model's cache key.
/// </summary>
public sealed class ProtectorModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is ZichtDbContext z
            ? (context.GetType(), z.Protector.RingFingerprint, designTime)
            : (object)(context.GetType(), designTime);
}
