using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ReceiptNumber = table.Column<long>(type: "bigint", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CustomerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DrawerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DrawerBank = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BankKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DrawerAccount = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ChequeDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReceivedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ClearedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClearedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClearedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    BouncedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    BouncedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    BouncedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    BounceReason = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    BounceNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NegativeBalance = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChequeId = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    OperatorLogin = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ReviewerLogin = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    BalanceChange = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
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
