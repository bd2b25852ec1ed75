using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ChequeQueryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_CustomerCode_ReceivedAt",
                table: "Cheques_Cheques",
                columns: new[] { "CustomerCode", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_OutletCode_ReceivedAt_ReceiptNumber",
                table: "Cheques_Cheques",
                columns: new[] { "OutletCode", "ReceivedAt", "ReceiptNumber" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cheques_Cheques_CustomerCode_ReceivedAt",
                table: "Cheques_Cheques");

            migrationBuilder.DropIndex(
                name: "IX_Cheques_Cheques_OutletCode_ReceivedAt_ReceiptNumber",
                table: "Cheques_Cheques");
        }
    }
}
