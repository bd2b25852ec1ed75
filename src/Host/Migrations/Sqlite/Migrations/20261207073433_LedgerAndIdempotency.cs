using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Sqlite.Migrations
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
                    Owner = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResponseStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    ResponseBody = table.Column<string>(type: "TEXT", nullable: true),
                    ResponseLocation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kernel_IdempotencyKeys", x => new { x.Owner, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "Ledger_Accounts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Balance = table.Column<long>(type: "INTEGER", nullable: false),
                    CanGoNegative = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ledger_Accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Ledger_Entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TaskId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorLogin = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Memo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CorrectsEntryId = table.Column<long>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
