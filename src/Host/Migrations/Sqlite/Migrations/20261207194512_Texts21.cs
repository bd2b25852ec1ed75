using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Texts21 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NameZh",
                table: "Outlets_Outlets",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ShortNameZh",
                table: "Outlets_Outlets",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DescriptionZh",
                table: "Operators_Roles",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameZh",
                table: "Operators_Roles",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DisplayNameZh",
                table: "Operators_Operators",
                type: "TEXT",
                maxLength: 50,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NameZh",
                table: "Outlets_Outlets");

            migrationBuilder.DropColumn(
                name: "ShortNameZh",
                table: "Outlets_Outlets");

            migrationBuilder.DropColumn(
                name: "DescriptionZh",
                table: "Operators_Roles");

            migrationBuilder.DropColumn(
                name: "NameZh",
                table: "Operators_Roles");

            migrationBuilder.DropColumn(
                name: "DisplayNameZh",
                table: "Operators_Operators");
        }
    }
}
