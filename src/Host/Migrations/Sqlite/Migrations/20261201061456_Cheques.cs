using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Cheques : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Cheques_Cheques",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ReceiptNumber = table.Column<long>(type: "INTEGER", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DrawerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DrawerBank = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BankKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DrawerAccount = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ChequeDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ClearedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClearedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClearedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    BouncedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BouncedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    BouncedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    BounceReason = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    BounceNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NegativeBalance = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cheques_Cheques", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cheques_Cheques_Counter_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Counter_Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Cheques_Events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChequeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorLogin = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ReviewerLogin = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    BalanceChange = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cheques_Events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cheques_Events_Cheques_Cheques_ChequeId",
                        column: x => x.ChequeId,
                        principalTable: "Cheques_Cheques",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_CustomerId_ReceivedAt",
                table: "Cheques_Cheques",
                columns: new[] { "CustomerId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_CustomerId_Status_BouncedOn",
                table: "Cheques_Cheques",
                columns: new[] { "CustomerId", "Status", "BouncedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_Live",
                table: "Cheques_Cheques",
                columns: new[] { "BankKey", "Number" },
                unique: true,
                filter: "\"Status\" <> 'Bounced'");

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_Number",
                table: "Cheques_Cheques",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_OutletId_ReceiptNumber",
                table: "Cheques_Cheques",
                columns: new[] { "OutletId", "ReceiptNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_OutletId_ReceivedAt",
                table: "Cheques_Cheques",
                columns: new[] { "OutletId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_ReceivedAt_OutletCode_ReceiptNumber",
                table: "Cheques_Cheques",
                columns: new[] { "ReceivedAt", "OutletCode", "ReceiptNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_Status_ReceivedAt",
                table: "Cheques_Cheques",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Events_ChequeId_At",
                table: "Cheques_Events",
                columns: new[] { "ChequeId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Events_OperatorId_At",
                table: "Cheques_Events",
                columns: new[] { "OperatorId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Cheques_Events");

            migrationBuilder.DropTable(
                name: "Cheques_Cheques");
        }
    }
}
