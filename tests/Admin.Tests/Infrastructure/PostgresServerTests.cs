using Npgsql;
using Xunit;

namespace Admin.Tests.Infrastructure;

public sealed class PostgresServerTests
{
    [Fact]
    public async Task Creates_opens_and_drops_a_database()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("pgserver_smoke");
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        Assert.NotNull(database);
        Assert.StartsWith("pgserver_smoke_", database, StringComparison.Ordinal);
        Assert.True(database.Length <= 63);

        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("select 1", connection);
            Assert.Equal(1, Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(connectionString);
        }

        Assert.False(await DatabaseExistsAsync(database));
    }

    [Theory]
    [InlineData("Outlets.Data", "outlets_data_")]
    [InlineData("9lives", "t9lives_")]
    [InlineData("", "t_")]
    public void Database_names_are_valid_identifiers(string prefix, string expectedStart)
    {
        var name = PostgresServer.DatabaseName(prefix);
        Assert.StartsWith(expectedStart, name, StringComparison.Ordinal);
        Assert.Matches("^[a-z_][a-z0-9_]*$", name);
    }

    [Fact]
    public void Long_prefixes_are_cut_to_63_characters()
    {
        var name = PostgresServer.DatabaseName(new string('x', 100));
        Assert.Equal(63, name.Length);
    }

    private static async Task<bool> DatabaseExistsAsync(string name)
    {
        await using var connection = new NpgsqlConnection(await PostgresServer.GetAdminConnectionStringAsync());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from pg_database where datname = @name", connection);
        command.Parameters.AddWithValue("name", name);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}
