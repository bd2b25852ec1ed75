using System.Net;
using System.Text;
using System.Text.Json;
using Admin.Tests.Infrastructure;
using Xunit;

namespace Admin.Tests.Security;

/// <summary>
/// A route value and a body field with the same name both invalid (PUT /api/roles/{name} with a blank name and a number
/// for "name" in the body): one 400 naming the field once with both messages. It was a 500 (a duplicate key while the
/// kernel built the problem), found by the generated bad-input suite.
/// </summary>
public sealed class SharedFieldNameProblemTests(SqliteDatabase db) : IClassFixture<SqliteDatabase>
{
    [Fact]
    public async Task RouteValueAndBodyFieldOfOneName_BothInvalid_Is400_WithBothMessages()
    {
        var admin = await db.App.AdminApiClientAsync();
        var body = new StringContent("{\"name\":-121051.7,\"description\":true,\"permissions\":[\"x\"],\"version\":\"x\"}", Encoding.UTF8, "application/json");

        var response = await admin.PutAsync("/api/roles/%09%0D%0A", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("validation.invalid", problem.RootElement.GetProperty("code").GetString());
        Assert.Equal(2, problem.RootElement.GetProperty("errors").GetProperty("name").GetArrayLength());
    }
}
