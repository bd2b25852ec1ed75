using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CardFinish : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "Fee",
                table: "CardService_Replacements",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "FeePaymentMethod",
                table: "CardService_Replacements",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Reruns",
                table: "BatchTopUps_Lists",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "EntryId",
                table: "BatchTopUps_Lines",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Fee",
                table: "CardService_Replacements");

            migrationBuilder.DropColumn(
                name: "FeePaymentMethod",
                table: "CardService_Replacements");

            migrationBuilder.DropColumn(
                name: "Reruns",
                table: "BatchTopUps_Lists");

            migrationBuilder.DropColumn(
                name: "EntryId",
                table: "BatchTopUps_Lines");
        }
    }
}
