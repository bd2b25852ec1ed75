using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Admin.Kernel.Reviews;

/// <summary>
/// The one writer of the canonical JSON the authorisation log stores and hashes: a task's summary of exactly what a review
/// authorises (<see cref="Object"/>) and a log record's hashed content (<see cref="Array"/>). One writer, one encoder
/// (non-ASCII text as is, no indentation): the same request always gives the same bytes, wherever it is written.
/// </summary>
public static class CanonicalJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A JSON object with its keys sorted (ordinal), whatever order <paramref name="build"/> adds them in.</summary>
    public static string Object(Action<CanonicalObject> build)
    {
        var root = new CanonicalObject();
        build(root);
        return Write(json => root.WriteTo(json));
    }

    /// <summary>A JSON array of strings, integers and nulls, in the order given.</summary>
    public static string Array(params object?[] values) => Write(json =>
    {
        json.WriteStartArray();
        foreach (var value in values)
        {
            CanonicalObject.WriteValue(json, value);
        }

        json.WriteEndArray();
    });

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

/// <summary>
/// One object of a canonical summary. Amounts are written as fixed two-decimal strings (<c>"20.00"</c>), dates as
/// <c>yyyy-MM-dd</c>, absent values as <c>null</c>; keys come out sorted.
/// </summary>
public sealed class CanonicalObject
{
    private readonly SortedDictionary<string, object?> _values = new(StringComparer.Ordinal);

    /// <summary>A text (or null).</summary>
    public CanonicalObject Text(string key, string? value) => Set(key, value);

    /// <summary>An amount as a fixed two-decimal string.</summary>
    public CanonicalObject Amount(string key, decimal value) => Set(key, Money.Money.Format(value));

    /// <summary>A whole number.</summary>
    public CanonicalObject Number(string key, long value) => Set(key, value);

    /// <summary>A day as <c>yyyy-MM-dd</c> (or null).</summary>
    public CanonicalObject Date(string key, DateOnly? value) => Set(key, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A list of objects, one per item, in the order given.</summary>
    public CanonicalObject List<T>(string key, IEnumerable<T> items, Action<CanonicalObject, T> build) => Set(key, items.Select(item =>
    {
        var element = new CanonicalObject();
        build(element, item);
        return element;
    }).ToList());

    internal void WriteTo(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        foreach (var (key, value) in _values)
        {
            json.WritePropertyName(key);
            WriteValue(json, value);
        }

        json.WriteEndObject();
    }

    internal static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case long or int:
                json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case CanonicalObject inner:
                inner.WriteTo(json);
                break;
            case IEnumerable<CanonicalObject> list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    item.WriteTo(json);
                }

                json.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A canonical value is a string, an integer, null or an object, not {value.GetType().Name}.", nameof(value));
        }
    }

    private CanonicalObject Set(string key, object? value)
    {
        if (!_values.TryAdd(key, value))
        {
            throw new ArgumentException($"The key '{key}' is written twice.", nameof(key));
        }

        return this;
    }
}
