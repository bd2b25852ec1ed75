using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Quartz.NET's job store tables (QRTZ_*), from Quartz's own 4.x script (Shared/QuartzSchema.cs). Hand-written: no
    /// model change, so a fold of the generated migrations keeps it (README, "Adding a migration").
    /// </summary>
    public partial class QuartzJobStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(QuartzSchema.Sqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(QuartzSchema.DropSqlite);
        }
    }
}
