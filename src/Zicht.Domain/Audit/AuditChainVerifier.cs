namespace Zicht.Domain.Audit;

/// <summary>Checks audit entries one by one in sequence order, so a long trail can be verified while it streams.</summary>
public sealed class AuditChainVerifier
{
    private string _expectedPrevious = AuditChain.Genesis;
    private long _expectedSequence = 1;

    /// <summary>False when this entry breaks the chain: a gap, a changed entry, or one out of order.</summary>
    public bool Accept(AuditEntry e)
    {
        if (e.Sequence != _expectedSequence || e.PreviousHash != _expectedPrevious || e.Hash != AuditChain.ComputeHash(e))
        {
            return false;
        }

        _expectedPrevious = e.Hash;
        _expectedSequence++;
        return true;
    }
}
