using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Quartz.NET's job store tables (QRTZ_*), from the schema script the Quartz package ships (Shared/QuartzSchema.cs).
    /// Hand-written: no model change, so a fold of the generated migrations keeps it (README, "Adding a migration").
    /// </summary>
    public partial class QuartzJobStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in QuartzSchema.Statements("postgres"))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in QuartzSchema.Drops())
            {
                migrationBuilder.Sql(statement);
            }
        }
    }
}
