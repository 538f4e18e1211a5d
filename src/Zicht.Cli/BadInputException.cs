namespace Zicht.Cli;

/// <summary>Input the user can correct: a bad option value, a missing or malformed file. Exits with code 2.</summary>
public sealed class BadInputException(string message, Exception? inner = null) : Exception(message, inner);
