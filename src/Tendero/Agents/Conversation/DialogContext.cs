using Tendero.Config;

namespace Tendero.Agents.Conversation;

/// <summary>What the dialog needs to know about the business it speaks for.</summary>
/// <param name="BusinessName">Used in the greeting ("I'm La Fonda's assistant").</param>
/// <param name="DefaultLanguage">"es" or "en": for a first message in another language, and the fallback for info texts.</param>
/// <param name="Assistant">Info texts and the idle expiry.</param>
/// <param name="LiveBook">True when a reservation book answers requests (the business has <c>reservations:</c>): the
/// dialog then says nothing at the "yes", because the reservations agent replies with the book's answer.</param>
/// <param name="MenuAnswer">An answer to a dietary question already worked out from the menu, said instead of the menu text.</param>
public sealed record DialogContext(string BusinessName, string DefaultLanguage, AssistantConfig Assistant, bool LiveBook = false, string? MenuAnswer = null);
