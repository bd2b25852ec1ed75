using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Admin.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LedgerAndIdempotency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Kernel_IdempotencyKeys",
                columns: table => new
                {
                    Owner = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ResponseStatus = table.Column<int>(type: "integer", nullable: true),
                    ResponseBody = table.Column<string>(type: "text", nullable: true),
                    ResponseLocation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kernel_IdempotencyKeys", x => new { x.Owner, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "Ledger_Accounts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Method = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    Balance = table.Column<long>(type: "bigint", nullable: false),
                    CanGoNegative = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ledger_Accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Ledger_Entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaskType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TaskId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    OperatorLogin = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Memo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CorrectsEntryId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ledger_Entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ledger_Entries_Ledger_Entries_CorrectsEntryId",
                        column: x => x.CorrectsEntryId,
                        principalTable: "Ledger_Entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Ledger_Lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EntryId = table.Column<long>(type: "bigint", nullable: false),
                    LineNo = table.Column<int>(type: "integer", nullable: false),
                    AccountId = table.Column<long>(type: "bigint", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ledger_Lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ledger_Lines_Ledger_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Ledger_Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Ledger_Lines_Ledger_Entries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "Ledger_Entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Kernel_IdempotencyKeys_CreatedAt",
                table: "Kernel_IdempotencyKeys",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Ledger_Accounts_Kind_OwnerId_Method_OutletId",
                table: "Ledger_Accounts",
                columns: new[] { "Kind", "OwnerId", "Method", "OutletId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ledger_Accounts_OutletId_Kind",
                table: "Ledger_Accounts",
                columns: new[] { "OutletId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Ledger_Accounts_OwnerId",
                table: "Ledger_Accounts",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Ledger_Entries_CorrectsEntryId",
                table: "Ledger_Entries",
                column: "CorrectsEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_Ledger_Entries_TaskType_TaskId",
                table: "Ledger_Entries",
                columns: new[] { "TaskType", "TaskId" });

            migrationBuilder.CreateIndex(
                name: "IX_Ledger_Lines_AccountId_Id",
                table: "Ledger_Lines",
                columns: new[] { "AccountId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Ledger_Lines_EntryId_LineNo",
                table: "Ledger_Lines",
                columns: new[] { "EntryId", "LineNo" },
                unique: true);

            // Entries and lines are immutable: no code path updates or deletes them, and the database refuses it too
            // (a correction is a new entry). SQLite has no such trigger here; the context refuses it there (IAppendOnly).
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

            migrationBuilder.DropTable(
                name: "Kernel_IdempotencyKeys");

            migrationBuilder.DropTable(
                name: "Ledger_Lines");

            migrationBuilder.DropTable(
                name: "Ledger_Accounts");

            migrationBuilder.DropTable(
                name: "Ledger_Entries");
        }
    }
}
