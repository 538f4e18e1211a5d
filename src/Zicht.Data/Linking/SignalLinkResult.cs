using Zicht.Linkage.Incremental;

namespace Zicht.Data.Linking;

/// <summary>What registering a signal decided: its person, whether that person is new, and the reviews it opened.</summary>
public sealed record SignalLinkResult(Guid SignalId, Guid PersonId, bool NewPerson, LinkDecision Decision, IReadOnlyList<Guid> ReviewIds);
