using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CustomerAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Cheques_Credits",
                columns: table => new
                {
                    ChequeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreditedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cheques_Credits", x => x.ChequeId);
                    table.ForeignKey(
                        name: "FK_Cheques_Credits_Cheques_Cheques_ChequeId",
                        column: x => x.ChequeId,
                        principalTable: "Cheques_Cheques",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CustomerAccounts_Arrivals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Number = table.Column<long>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    BankReference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Payer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    RecordEntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CustomerCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    MatchedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MatchedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    MatchEntryId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerAccounts_Arrivals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CustomerAccounts_CreditRatings",
                columns: table => new
                {
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rating = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Limit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    SetAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SetBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerAccounts_CreditRatings", x => x.CustomerId);
                });

            migrationBuilder.CreateTable(
                name: "CustomerAccounts_Refunds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Number = table.Column<long>(type: "INTEGER", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CustomerCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CardId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CardNumber = table.Column<string>(type: "TEXT", maxLength: 19, nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BankName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BankAccount = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AccountName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorLogin = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ReviewerLogin = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    EntryId = table.Column<long>(type: "INTEGER", nullable: true),
                    PaidAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PaidBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    PayEntryId = table.Column<long>(type: "INTEGER", nullable: true),
                    Details = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerAccounts_Refunds", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Credits_CustomerId",
                table: "Cheques_Credits",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerAccounts_Arrivals_BankReference",
                table: "CustomerAccounts_Arrivals",
                column: "BankReference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CustomerAccounts_Arrivals_OutletId_Number",
                table: "CustomerAccounts_Arrivals",
                columns: new[] { "OutletId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CustomerAccounts_Arrivals_OutletId_Status_RecordedAt",
                table: "CustomerAccounts_Arrivals",
                columns: new[] { "OutletId", "Status", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerAccounts_Arrivals_Status_RecordedAt",
                table: "CustomerAccounts_Arrivals",
                columns: new[] { "Status", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerAccounts_CreditRatings_OutletId_CustomerCode",
                table: "CustomerAccounts_CreditRatings",
                columns: new[] { "OutletId", "CustomerCode" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerAccounts_Refunds_CardId_Kind",
                table: "CustomerAccounts_Refunds",
                columns: new[] { "CardId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerAccounts_Refunds_CustomerId_At",
                table: "CustomerAccounts_Refunds",
                columns: new[] { "CustomerId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerAccounts_Refunds_OutletId_At",
                table: "CustomerAccounts_Refunds",
                columns: new[] { "OutletId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerAccounts_Refunds_OutletId_Number",
                table: "CustomerAccounts_Refunds",
                columns: new[] { "OutletId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CustomerAccounts_Refunds_Status_At",
                table: "CustomerAccounts_Refunds",
                columns: new[] { "Status", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Cheques_Credits");

            migrationBuilder.DropTable(
                name: "CustomerAccounts_Arrivals");

            migrationBuilder.DropTable(
                name: "CustomerAccounts_CreditRatings");

            migrationBuilder.DropTable(
                name: "CustomerAccounts_Refunds");
        }
    }
}
