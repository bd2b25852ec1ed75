using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LedgerImmutability : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written, kept apart from the generated baseline so that folding migrations keeps it: ledger entries and
            // lines are append-only (docs/decisions/0007-ledger.md).
            migrationBuilder.Sql("""
                CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'Ledger entries and lines are immutable: % on % refused; post a correcting entry instead.', TG_OP, TG_TABLE_NAME
                        USING ERRCODE = 'restrict_violation';
                END
                $$;
                CREATE TRIGGER ledger_entries_immutable BEFORE UPDATE OR DELETE ON "Ledger_Entries" FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
                CREATE TRIGGER ledger_lines_immutable BEFORE UPDATE OR DELETE ON "Ledger_Lines" FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
                CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON "Ledger_Entries" FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
                CREATE TRIGGER ledger_lines_no_truncate BEFORE TRUNCATE ON "Ledger_Lines" FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS ledger_entries_immutable ON "Ledger_Entries";
                DROP TRIGGER IF EXISTS ledger_lines_immutable ON "Ledger_Lines";
                DROP TRIGGER IF EXISTS ledger_entries_no_truncate ON "Ledger_Entries";
                DROP TRIGGER IF EXISTS ledger_lines_no_truncate ON "Ledger_Lines";
                DROP FUNCTION IF EXISTS ledger_refuse_change();
                """);
        }
    }
}
