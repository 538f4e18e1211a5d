namespace Zicht.Domain.Registry;

/// <summary>A broken rule on one field, for field-level validation messages.</summary>
public sealed record FieldError(string Field, string Message);
