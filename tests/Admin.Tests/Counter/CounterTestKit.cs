using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Admin.Tests.Infrastructure;

namespace Admin.Tests.Counter;

/// <summary>What the counter tests set up: outlets with operators, customers; each time with fresh names.</summary>
internal static class CounterTestKit
{
    public const string Password = "Counter2024ok";

    /// <summary>A valid resident ID number, different on every call (random birth date and sequence, computed check character).</summary>
    public static string NewResidentId()
    {
        var born = new DateOnly(1950, 1, 1).AddDays(Random.Shared.Next(0, 20000));
        var first17 = $"440106{born:yyyyMMdd}{Random.Shared.Next(0, 1000):D3}";
        return first17 + Admin.Modules.Counter.Models.ResidentId.CheckCharacter(first17);
    }

    /// <summary>A new outlet with one outlet operator, and that operator's API client.</summary>
    public static async Task<(string Outlet, string Login, HttpClient Client)> OutletOperatorAsync(this AdminAppFactory app, string? outlet = null)
    {
        outlet ??= await app.CreateOutletAsync();
        var login = await app.CreateOperatorAsync(outlet, Password, "Outlet operator");
        return (outlet, login, await app.ApiClientAsync(outlet, login, Password));
    }

    /// <summary>Creates a customer through the API and answers its JSON.</summary>
    public static async Task<JsonElement> CreateCustomerAsync(this HttpClient client, string name = "Chen Jing", string? outlet = null)
    {
        var response = await client.PostAsJsonAsync("/api/customers", new { type = "Individual", name, idType = "ResidentId", idNumber = NewResidentId(), phone = "138 0013 8000", address = "2 Huacheng Avenue", outlet });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Creating a customer answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The problem's code.</summary>
    public static async Task<string?> CodeAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (string.IsNullOrEmpty(body))
        {
            return null;
        }

        using var json = JsonDocument.Parse(body);
        return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
    }
}
