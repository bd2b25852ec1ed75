using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Admin.Tests.Security.Generated;

/// <summary>One operation of the host's OpenAPI document: its parameters and, if any, the schema of its JSON body.</summary>
public sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, JsonElement? Body)
{
    public override string ToString() => $"{Method} {Path}";
}

/// <summary>A query or path parameter and its schema.</summary>
public sealed record ApiParameter(string Name, string In, JsonElement Schema);

/// <summary>A value to send, with what it is (for the failure message).</summary>
public sealed record Hostile(string Label, JsonNode? Value);

/// <summary>
/// Reads the operations of an OpenAPI 3.1 document and derives, from each schema's type and format, the hostile values of
/// that type: the ends of the calendar and impossible dates; 0, -1, the maximum and one past it; 30-digit and over-precise
/// decimals; empty, huge, control, NUL, right-to-left and emoji strings; empty, huge and null-holding arrays; null objects;
/// enum names that do not exist; ids that do not exist and ids the caller should not reach.
/// </summary>
public sealed class OpenApiValues(JsonDocument document)
{
    private readonly JsonElement _schemas = document.RootElement.GetProperty("components").GetProperty("schemas");

    public IReadOnlyList<ApiOperation> Operations()
    {
        var list = new List<ApiOperation>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject())
            {
                var parameters = op.Value.TryGetProperty("parameters", out var ps)
                    ? ps.EnumerateArray().Select(p => new ApiParameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!, p.GetProperty("schema"))).ToList()
                    : [];
                JsonElement? body = op.Value.TryGetProperty("requestBody", out var rb) && rb.GetProperty("content").TryGetProperty("application/json", out var json)
                    ? json.GetProperty("schema") : null;
                list.Add(new ApiOperation(op.Name.ToUpperInvariant(), path.Name, parameters, body));
            }
        }

        return list;
    }

    /// <summary>The schema behind a <c>$ref</c> or a nullable <c>oneOf</c>.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        for (var i = 0; i < 10; i++)
        {
            if (schema.TryGetProperty("$ref", out var r))
            {
                schema = _schemas.GetProperty(r.GetString()!.Split('/')[^1]);
            }
            else if (schema.TryGetProperty("oneOf", out var one) || schema.TryGetProperty("anyOf", out one))
            {
                schema = one.EnumerateArray().FirstOrDefault(s => !(s.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null"));
            }
            else
            {
                break;
            }
        }

        return schema;
    }

    /// <summary>The schema's main type: "object", "array", "integer", "number", "boolean", "string" (nulls and the string form of numbers aside).</summary>
    public static string TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var t))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : "string";
        }

        var types = t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().Select(x => x.GetString()!).ToList() : [t.GetString()!];
        return new[] { "object", "array", "integer", "number", "boolean", "string" }.FirstOrDefault(types.Contains) ?? "string";
    }

    private static string? FormatOf(JsonElement schema) => schema.TryGetProperty("format", out var f) ? f.GetString() : null;

    /// <summary>A plausible value of the schema: the body the hostile values are put into, one field at a time.</summary>
    public JsonNode? Sample(JsonElement schema, Func<string, string?> idOf, int depth = 0)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("enum", out var e) && e.GetArrayLength() > 0)
        {
            return JsonValue.Create(e[0].ToString());
        }

        switch (TypeOf(schema))
        {
            case "object":
                var o = new JsonObject();
                if (depth < 4 && schema.TryGetProperty("properties", out var props))
                {
                    foreach (var p in props.EnumerateObject())
                    {
                        o[p.Name] = Sample(p.Value, idOf, depth + 1);
                    }
                }

                return o;
            case "array":
                return depth < 4 && schema.TryGetProperty("items", out var items) ? new JsonArray(Sample(items, idOf, depth + 1)) : [];
            case "integer":
                return JsonValue.Create(1);
            case "number":
                return JsonValue.Create(1.5m);
            case "boolean":
                return JsonValue.Create(true);
            default:
                return FormatOf(schema) switch
                {
                    "date" => JsonValue.Create("2026-12-01"),
                    "date-time" => JsonValue.Create("2026-12-01T08:00:00Z"),
                    "uuid" => JsonValue.Create(idOf("uuid") ?? Guid.NewGuid().ToString()),
                    _ => JsonValue.Create("Sample"),
                };
        }
    }

    /// <summary>The hostile values of a schema. <paramref name="inUrl"/>: a query or path value (kept under the request-line limit).</summary>
    public IEnumerable<Hostile> Values(JsonElement schema, bool inUrl, Func<string, string?> idOf, Func<string, string?> foreignIdOf)
    {
        schema = Resolve(schema);
        var format = FormatOf(schema);
        if (schema.TryGetProperty("enum", out _))
        {
            yield return new("enum name that does not exist", JsonValue.Create("NoSuchValue"));
            yield return new("empty", JsonValue.Create(""));
            yield break;
        }

        switch (TypeOf(schema))
        {
            case "object":
                yield return new("null object", null);
                yield return new("string for an object", JsonValue.Create("x"));
                yield break;
            case "array":
                var element = schema.TryGetProperty("items", out var items) ? Sample(items, idOf, 2) : JsonValue.Create("x");
                yield return new("empty array", new JsonArray());
                yield return new("null element", new JsonArray((JsonNode?)null));
                yield return new("10,000 elements", new JsonArray(Enumerable.Range(0, 10_000).Select(_ => element?.DeepClone()).ToArray()));
                yield break;
            case "integer":
                var max = format == "int64" ? long.MaxValue.ToString(CultureInfo.InvariantCulture) : int.MaxValue.ToString(CultureInfo.InvariantCulture);
                var pastMax = format == "int64" ? "9223372036854775808" : "2147483648";
                yield return new("0", JsonValue.Create(0));
                yield return new("-1", JsonValue.Create(-1));
                yield return new("maximum", JsonNode.Parse(max));
                yield return new("one past the maximum", JsonNode.Parse(pastMax));
                yield break;
            case "number":
                yield return new("30 digits", JsonNode.Parse("123456789012345678901234567890"));
                yield return new("more decimal places than money", JsonNode.Parse("0.0000001"));
                yield return new("-1", JsonValue.Create(-1));
                yield return new("1e400", JsonNode.Parse("1e400"));
                yield break;
            case "boolean":
                yield return new("not a boolean", JsonValue.Create("maybe"));
                yield break;
        }

        switch (format)
        {
            case "date":
                yield return new("first day of the calendar", JsonValue.Create("0001-01-01"));
                yield return new("last day of the calendar", JsonValue.Create("9999-12-31"));
                yield return new("30 February", JsonValue.Create("2024-02-30"));
                yield return new("not a date", JsonValue.Create("2024-13-01"));
                yield break;
            case "date-time":
                yield return new("first instant of the calendar", JsonValue.Create("0001-01-01T00:00:00Z"));
                yield return new("last instant of the calendar", JsonValue.Create("9999-12-31T23:59:59.9999999Z"));
                yield return new("past the calendar with an offset", JsonValue.Create("9999-12-31T23:59:59-14:00"));
                yield return new("not a time", JsonValue.Create("2024-05-01T25:61:00Z"));
                yield break;
            case "uuid":
                yield return new("id that does not exist", JsonValue.Create(Guid.NewGuid().ToString()));
                yield return new("not a uuid", JsonValue.Create("not-a-uuid"));
                if (foreignIdOf("uuid") is { } foreign)
                {
                    yield return new("id of another outlet", JsonValue.Create(foreign));
                }

                yield break;
        }

        yield return new("empty string", JsonValue.Create(""));
        yield return new(inUrl ? "6 kB string" : "100 kB string", JsonValue.Create(new string('x', inUrl ? 6_000 : 100_000)));
        yield return new("control characters", JsonValue.Create("a\u0001\u001b[31m\u007f"));
        yield return new("NUL", JsonValue.Create("a\u0000b"));
        yield return new("right-to-left marks", JsonValue.Create("\u202eevil\u202c\u200f"));
        yield return new("emoji", JsonValue.Create("😀🇨🇳👩‍👩‍👧"));
        if (foreignIdOf("string") is { } code)
        {
            yield return new("code of another outlet", JsonValue.Create(code));
        }
    }

    /// <summary>The text of a value in a URL (null: the parameter is left out).</summary>
    public static string? UrlText(JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonArray a => string.Join(",", a.Take(50).Select(x => x?.ToJsonString() ?? "")),
        _ => value.ToJsonString(),
    };
}
