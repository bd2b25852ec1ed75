using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MonthReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Closes_MonthCloses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Closes_MonthCloses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Closes_PeriodReopenings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Period = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReopenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReopenedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReopenedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReviewerLogin = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OldCloseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OldHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OldClosedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OldClosedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Closes_PeriodReopenings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reports_Runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OutletFilter = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    Result = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reports_Runs", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Ledger_Entries_At_OutletId",
                table: "Ledger_Entries",
                columns: new[] { "At", "OutletId" });

            migrationBuilder.CreateIndex(
                name: "IX_Closes_MonthCloses_Month_OutletCode",
                table: "Closes_MonthCloses",
                columns: new[] { "Month", "OutletCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Closes_MonthCloses_OutletId_Month",
                table: "Closes_MonthCloses",
                columns: new[] { "OutletId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Closes_PeriodReopenings_OutletId_Period",
                table: "Closes_PeriodReopenings",
                columns: new[] { "OutletId", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_Closes_PeriodReopenings_ReopenedAt",
                table: "Closes_PeriodReopenings",
                column: "ReopenedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Runs_OutletId_RequestedAt",
                table: "Reports_Runs",
                columns: new[] { "OutletId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Runs_RequestedAt",
                table: "Reports_Runs",
                column: "RequestedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Closes_MonthCloses");

            migrationBuilder.DropTable(
                name: "Closes_PeriodReopenings");

            migrationBuilder.DropTable(
                name: "Reports_Runs");

            migrationBuilder.DropIndex(
                name: "IX_Ledger_Entries_At_OutletId",
                table: "Ledger_Entries");
        }
    }
}
