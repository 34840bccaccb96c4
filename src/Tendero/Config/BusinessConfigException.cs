namespace Tendero.Config;

/// <summary>A business file that cannot run. The message names the file, the field and the reason.</summary>
public sealed class BusinessConfigException(string message, Exception? inner = null) : Exception(message, inner);
