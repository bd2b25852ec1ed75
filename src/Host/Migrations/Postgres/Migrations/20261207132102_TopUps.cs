using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceiptNumber = table.Column<long>(type: "bigint", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: true),
                    CustomerCode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    CustomerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CardId = table.Column<Guid>(type: "uuid", nullable: true),
                    CardNumber = table.Column<string>(type: "character varying(19)", maxLength: 19, nullable: true),
                    AccountOutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountOutletCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PaymentMethod = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PayerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PayerIdNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    LedgerEntryId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorLogin = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CorrectedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CorrectedById = table.Column<Guid>(type: "uuid", nullable: true),
                    CorrectedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CorrectionReviewer = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CorrectionReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CorrectionEntryId = table.Column<long>(type: "bigint", nullable: true)
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
