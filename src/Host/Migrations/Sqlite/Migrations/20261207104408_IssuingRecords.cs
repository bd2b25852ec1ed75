using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IssuingRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Issuing_Records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceiptNumber = table.Column<long>(type: "INTEGER", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CustomerCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BuyerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BuyerIdType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    BuyerIdNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    PaymentMethod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ServiceInvoice = table.Column<bool>(type: "INTEGER", nullable: false),
                    InvoiceTitleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InvoiceTitle = table.Column<string>(type: "TEXT", nullable: true),
                    LedgerEntryId = table.Column<long>(type: "INTEGER", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorLogin = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReviewerLogin = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Issuing_Records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Issuing_Lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssueRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    CardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CardNumber = table.Column<string>(type: "TEXT", maxLength: 19, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Schedule = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Collected = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Issuing_Lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Issuing_Lines_Issuing_Records_IssueRecordId",
                        column: x => x.IssueRecordId,
                        principalTable: "Issuing_Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Issuing_Lines_CardId",
                table: "Issuing_Lines",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_Issuing_Lines_IssueRecordId",
                table: "Issuing_Lines",
                column: "IssueRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_Issuing_Records_CustomerId",
                table: "Issuing_Records",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_Issuing_Records_OutletId_ReceiptNumber",
                table: "Issuing_Records",
                columns: new[] { "OutletId", "ReceiptNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Issuing_Lines");

            migrationBuilder.DropTable(
                name: "Issuing_Records");
        }
    }
}
