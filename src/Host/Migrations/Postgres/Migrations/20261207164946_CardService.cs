using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CardService : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Cards_BlockList",
                columns: table => new
                {
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CardId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(19)", maxLength: 19, nullable: false),
                    Blocked = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cards_BlockList", x => x.Version);
                });

            migrationBuilder.CreateTable(
                name: "Cards_BlockListHead",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cards_BlockListHead", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CardService_LossReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CardId = table.Column<Guid>(type: "uuid", nullable: false),
                    CardNumber = table.Column<string>(type: "character varying(19)", maxLength: 19, nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReportedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardService_LossReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CardService_Pins",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CardId = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Salt = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HashIterations = table.Column<int>(type: "integer", nullable: false),
                    FailedAttempts = table.Column<int>(type: "integer", nullable: false),
                    Locked = table.Column<bool>(type: "boolean", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardService_Pins", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CardService_Replacements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OldCardId = table.Column<Guid>(type: "uuid", nullable: false),
                    OldNumber = table.Column<string>(type: "character varying(19)", maxLength: 19, nullable: false),
                    NewCardId = table.Column<Guid>(type: "uuid", nullable: false),
                    NewNumber = table.Column<string>(type: "character varying(19)", maxLength: 19, nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: true),
                    Reason = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    LossReportId = table.Column<Guid>(type: "uuid", nullable: true),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OperatorLogin = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CardAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    DepositAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    EntryId = table.Column<long>(type: "bigint", nullable: true),
                    PurseDueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PurseAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    PurseMovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PurseMovedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PurseEntryId = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardService_Replacements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CardService_Restrictions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CardId = table.Column<Guid>(type: "uuid", nullable: false),
                    CardNumber = table.Column<string>(type: "character varying(19)", maxLength: 19, nullable: false),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    AllowedProducts = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    PerPurchase = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    PerDay = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    PurchasesPerDay = table.Column<int>(type: "integer", nullable: true),
                    FromMinute = table.Column<int>(type: "integer", nullable: true),
                    UntilMinute = table.Column<int>(type: "integer", nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardService_Restrictions", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "Cards_BlockListHead",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_BlockList_CardId",
                table: "Cards_BlockList",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_CardService_LossReports_CardId_ReportedAt",
                table: "CardService_LossReports",
                columns: new[] { "CardId", "ReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CardService_Pins_CardId",
                table: "CardService_Pins",
                column: "CardId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CardService_Replacements_NewCardId",
                table: "CardService_Replacements",
                column: "NewCardId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CardService_Replacements_OldCardId",
                table: "CardService_Replacements",
                column: "OldCardId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CardService_Replacements_PurseMovedAt_PurseDueAt",
                table: "CardService_Replacements",
                columns: new[] { "PurseMovedAt", "PurseDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CardService_Restrictions_CardId",
                table: "CardService_Restrictions",
                column: "CardId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Cards_BlockList");

            migrationBuilder.DropTable(
                name: "Cards_BlockListHead");

            migrationBuilder.DropTable(
                name: "CardService_LossReports");

            migrationBuilder.DropTable(
                name: "CardService_Pins");

            migrationBuilder.DropTable(
                name: "CardService_Replacements");

            migrationBuilder.DropTable(
                name: "CardService_Restrictions");
        }
    }
}
