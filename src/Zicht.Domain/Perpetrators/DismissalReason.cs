using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Perpetrators;

/// <summary>Why a case was dismissed.</summary>
public enum DismissalReason
{
    [Label("Technisch sepot (onvoldoende bewijs)", "Technical (insufficient evidence)")] InsufficientEvidence,
    [Label("Beleidssepot", "Policy (public interest)")] Policy,
    [Label("Voeging ad informandum", "Joined to another case")] Joined,
    [Label("Onrechtmatig verkregen bewijs", "Unlawfully obtained evidence")] UnlawfulEvidence,
}
