using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FeeReviewWhenChanged : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ReviewWhenChanged",
                table: "Counter_FeeItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            // The manual: the service fee may be reduced by the operator (可减免服务费); card cost fee and deposit need review.
            migrationBuilder.Sql("UPDATE \"Counter_FeeItems\" SET \"ReviewWhenChanged\" = false WHERE \"Code\" = 'SERVICE'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReviewWhenChanged",
                table: "Counter_FeeItems");
        }
    }
}
