namespace Admin.Migrations;

/// <summary>
/// Quartz.NET's own schema for its job store (<c>QRTZ_*</c>), as the Quartz package in use ships it: the scripts embedded
/// in Quartz.dll (<c>Quartz.Impl.AdoJobStore.Schema.create_sqlite.sql</c> / <c>create_postgres.sql</c>, Apache-2.0),
/// read at migration time so that no third-party SQL is committed here. Every statement is "create if not exists"; the
/// table prefix is <c>QRTZ_</c>. Run by the hand-written migration <c>QuartzJobStore</c> of each provider.
/// A Quartz upgrade that changes the schema needs a migration of its own with Quartz's upgrade scripts
/// (database/migrations/&lt;version&gt;/ in Quartz's repository): this migration has already run on existing databases.
/// </summary>
internal static class QuartzSchema
{
    public const string Prefix = "QRTZ_";

    /// <summary>The statements of the dialect (<c>sqlite</c> or <c>postgres</c>), prefix substituted.</summary>
    public static IReadOnlyList<string> Statements(string dialect)
    {
        var name = $"Quartz.Impl.AdoJobStore.Schema.create_{dialect}.sql";
        using var stream = typeof(Quartz.IJob).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The Quartz package has no schema script {name}.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);

        // The script separates statements by a line reading exactly "--;;"; pieces of comments only are skipped.
        var statements = new List<string>();
        foreach (var piece in text.Split("\n--;;\n"))
        {
            var code = string.Join('\n', piece.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal))).Trim();
            if (code.Length > 0)
            {
                statements.Add(code.Replace("{0}", Prefix, StringComparison.Ordinal).Replace("{1}", Prefix, StringComparison.Ordinal));
            }
        }

        return statements;
    }

    /// <summary>Drops every table of the job store (the migration's Down).</summary>
    public static IEnumerable<string> Drops() =>
        new[]
        {
            "FIRED_TRIGGERS", "PAUSED_TRIGGER_GRPS", "PAUSED_JOB_GRPS", "SCHEDULER_STATE", "LOCKS", "SIMPROP_TRIGGERS", "SIMPLE_TRIGGERS", "CRON_TRIGGERS",
            "BLOB_TRIGGERS", "TRIGGERS", "JOB_DETAILS", "CALENDARS", "EXECUTION_HISTORY", "MISFIRE_HISTORY", "JOB_STATUS",
        }.Select(t => $"DROP TABLE IF EXISTS {Prefix}{t};");
}
