using Tendero.Config;

namespace Tendero.Agents.Conversation;

/// <summary>What the dialog needs to know about the business it speaks for.</summary>
/// <param name="BusinessName">Used in the greeting ("I'm La Fonda's assistant").</param>
/// <param name="DefaultLanguage">"es" or "en": for a first message in another language, and the fallback for info texts.</param>
/// <param name="Assistant">Info texts and the idle expiry.</param>
public sealed record DialogContext(string BusinessName, string DefaultLanguage, AssistantConfig Assistant);
