namespace Tendero.Core;

/// <summary>One outbound message as a sender sees it: claimed from the ledger, with the lease that fences its completion.</summary>
public sealed record OutboundMessage(long Id, string BusinessId, Address To, string Text, int Attempt);
