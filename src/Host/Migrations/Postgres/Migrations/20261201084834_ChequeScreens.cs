using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ChequeScreens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Events_OutletId_At",
                table: "Cheques_Events",
                columns: new[] { "OutletId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cheques_Events_OutletId_At",
                table: "Cheques_Events");
        }
    }
}
