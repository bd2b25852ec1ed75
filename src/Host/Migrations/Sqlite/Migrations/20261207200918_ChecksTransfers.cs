using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ChecksTransfers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Checks_CloseReminders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Operator = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Since = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FlaggedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Checks_CloseReminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Checks_Runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Findings = table.Column<int>(type: "INTEGER", nullable: false),
                    DayClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Checks_Runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Transfers_ManualTransfers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Number = table.Column<long>(type: "INTEGER", nullable: false),
                    FromKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FromOwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromOutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    FromCustomerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FromCustomerCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ToKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ToOwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToOutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ToCustomerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToCustomerCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorLogin = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ReviewerLogin = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    LedgerEntryId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Transfers_ManualTransfers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Checks_Findings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Operator = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Args = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Links = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Checks_Findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Checks_Findings_Checks_Runs_RunId",
                        column: x => x.RunId,
                        principalTable: "Checks_Runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Checks_CloseReminders_OutletId_Kind",
                table: "Checks_CloseReminders",
                columns: new[] { "OutletId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Checks_Findings_OutletId_Day",
                table: "Checks_Findings",
                columns: new[] { "OutletId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_Checks_Findings_RunId_Rule_Id",
                table: "Checks_Findings",
                columns: new[] { "RunId", "Rule", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Checks_Runs_DayClosedAt",
                table: "Checks_Runs",
                column: "DayClosedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Checks_Runs_RequestedAt",
                table: "Checks_Runs",
                column: "RequestedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_ManualTransfers_At",
                table: "Transfers_ManualTransfers",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_ManualTransfers_FromOwnerId_At",
                table: "Transfers_ManualTransfers",
                columns: new[] { "FromOwnerId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_ManualTransfers_OutletId_Number",
                table: "Transfers_ManualTransfers",
                columns: new[] { "OutletId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_ManualTransfers_ToOwnerId_At",
                table: "Transfers_ManualTransfers",
                columns: new[] { "ToOwnerId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Checks_CloseReminders");

            migrationBuilder.DropTable(
                name: "Checks_Findings");

            migrationBuilder.DropTable(
                name: "Transfers_ManualTransfers");

            migrationBuilder.DropTable(
                name: "Checks_Runs");
        }
    }
}
