using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Admin.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Closes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Closes_DayCloses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosedById = table.Column<Guid>(type: "uuid", nullable: true),
                    ClosedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SlipNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    HandoverAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    HandoverEntryId = table.Column<long>(type: "bigint", nullable: true),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Entries = table.Column<int>(type: "integer", nullable: false),
                    Lines = table.Column<int>(type: "integer", nullable: false),
                    Authorisations = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Closes_DayCloses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Closes_ShiftCloses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorLogin = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Tasks = table.Column<int>(type: "integer", nullable: false),
                    LastEntryId = table.Column<long>(type: "bigint", nullable: false),
                    EntryId = table.Column<long>(type: "bigint", nullable: true),
                    Expected = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Counted = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Difference = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Tolerance = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ReviewerLogin = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Denominations = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Closes_ShiftCloses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Ledger_ClosedDays",
                columns: table => new
                {
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TaskId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ledger_ClosedDays", x => new { x.OutletId, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "Ledger_ShiftMarks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    LastEntryId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TaskId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ledger_ShiftMarks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Closes_ShiftCloseLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ShiftCloseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PaymentMethod = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Expected = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Counted = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Closes_ShiftCloseLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Closes_ShiftCloseLines_Closes_ShiftCloses_ShiftCloseId",
                        column: x => x.ShiftCloseId,
                        principalTable: "Closes_ShiftCloses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Closes_DayCloses_Day_OutletCode",
                table: "Closes_DayCloses",
                columns: new[] { "Day", "OutletCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Closes_DayCloses_OutletId_Day",
                table: "Closes_DayCloses",
                columns: new[] { "OutletId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Closes_ShiftCloseLines_ShiftCloseId",
                table: "Closes_ShiftCloseLines",
                column: "ShiftCloseId");

            migrationBuilder.CreateIndex(
                name: "IX_Closes_ShiftCloses_Number",
                table: "Closes_ShiftCloses",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Closes_ShiftCloses_OutletId_Day",
                table: "Closes_ShiftCloses",
                columns: new[] { "OutletId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_Ledger_ShiftMarks_OutletId_OperatorId_LastEntryId",
                table: "Ledger_ShiftMarks",
                columns: new[] { "OutletId", "OperatorId", "LastEntryId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Closes_DayCloses");

            migrationBuilder.DropTable(
                name: "Closes_ShiftCloseLines");

            migrationBuilder.DropTable(
                name: "Ledger_ClosedDays");

            migrationBuilder.DropTable(
                name: "Ledger_ShiftMarks");

            migrationBuilder.DropTable(
                name: "Closes_ShiftCloses");
        }
    }
}
