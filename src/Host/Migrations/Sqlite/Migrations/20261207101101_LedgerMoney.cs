using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LedgerMoney : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written: the customer balances, their history, cheques in clearing and fee collections become ledger
            // entries (LedgerMoneyData) before the balance column and the history table go. The column comes first: the
            // entries carry their references.
            migrationBuilder.AddColumn<string>(
                name: "Reference",
                table: "Ledger_Entries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            foreach (var statement in Admin.Migrations.LedgerMoneyData.Statements(postgres: false))
            {
                migrationBuilder.Sql(statement);
            }

            migrationBuilder.DropTable(
                name: "Counter_BalanceEntries");

            migrationBuilder.DropColumn(
                name: "Balance",
                table: "Counter_Customers");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Reference",
                table: "Ledger_Entries");

            migrationBuilder.AddColumn<decimal>(
                name: "Balance",
                table: "Counter_Customers",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateTable(
                name: "Counter_BalanceEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BalanceAfter = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorLogin = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counter_BalanceEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Counter_BalanceEntries_Counter_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Counter_Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Counter_BalanceEntries_CustomerId_At",
                table: "Counter_BalanceEntries",
                columns: new[] { "CustomerId", "At" });
        }
    }
}
