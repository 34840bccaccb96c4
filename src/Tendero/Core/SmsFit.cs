namespace Tendero.Core;

/// <summary>The text to send after <see cref="SmsText.Fit"/>, its size, and what was done to make it fit.</summary>
public sealed record SmsFit(string Text, SmsMeasure Measure, bool Transliterated, bool Truncated);
