using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Admin.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Stations19 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Forced",
                table: "Stations_UnGreys",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "Stations_UnGreys",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LockedAt",
                table: "CardService_Pins",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnlockedAt",
                table: "CardService_Pins",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Stations_Silences",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TerminalId = table.Column<Guid>(type: "uuid", nullable: false),
                    SilentSince = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FlaggedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stations_Silences", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Stations_Silences_FlaggedAt",
                table: "Stations_Silences",
                column: "FlaggedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Stations_Silences_TerminalId_EndedAt",
                table: "Stations_Silences",
                columns: new[] { "TerminalId", "EndedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Stations_Silences");

            migrationBuilder.DropColumn(
                name: "Forced",
                table: "Stations_UnGreys");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "Stations_UnGreys");

            migrationBuilder.DropColumn(
                name: "LockedAt",
                table: "CardService_Pins");

            migrationBuilder.DropColumn(
                name: "UnlockedAt",
                table: "CardService_Pins");
        }
    }
}
