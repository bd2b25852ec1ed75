using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Postgres.Migrations
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
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "FeePaymentMethod",
                table: "CardService_Replacements",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Reruns",
                table: "BatchTopUps_Lists",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "EntryId",
                table: "BatchTopUps_Lines",
                type: "bigint",
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
