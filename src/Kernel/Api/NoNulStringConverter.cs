using System.Text.Json;
using System.Text.Json.Serialization;

namespace Admin.Kernel.Api;

/// <summary>
/// Reads JSON strings for the API and refuses one holding U+0000: no field means it, and PostgreSQL cannot store it (the
/// request would fail at the database). The refusal is the API's usual 400 naming the field.
/// </summary>
public sealed class NoNulStringConverter : JsonConverter<string>
{
    /// <inheritdoc />
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        return value is not null && value.Contains('\0', StringComparison.Ordinal)
            ? throw new JsonException("The text contains a NUL character (U+0000).")
            : value;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
