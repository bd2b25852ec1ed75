using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TopUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TopUps_Receipts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceiptNumber = table.Column<long>(type: "INTEGER", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CustomerCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CardId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CardNumber = table.Column<string>(type: "TEXT", maxLength: 19, nullable: true),
                    AccountOutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountOutletCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PaymentMethod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PayerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PayerIdNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    LedgerEntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorLogin = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CorrectedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CorrectedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    CorrectedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CorrectionReviewer = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CorrectionEntryId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TopUps_Receipts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TopUps_Receipts_At_OutletCode_ReceiptNumber",
                table: "TopUps_Receipts",
                columns: new[] { "At", "OutletCode", "ReceiptNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_TopUps_Receipts_CardId",
                table: "TopUps_Receipts",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_TopUps_Receipts_CustomerId",
                table: "TopUps_Receipts",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_TopUps_Receipts_LedgerEntryId",
                table: "TopUps_Receipts",
                column: "LedgerEntryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TopUps_Receipts_OutletId_ReceiptNumber",
                table: "TopUps_Receipts",
                columns: new[] { "OutletId", "ReceiptNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TopUps_Receipts");
        }
    }
}
