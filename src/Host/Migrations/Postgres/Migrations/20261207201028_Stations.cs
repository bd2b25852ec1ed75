using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Admin.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Stations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Stations_Batches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TerminalId = table.Column<Guid>(type: "uuid", nullable: false),
                    BatchNo = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BodyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceivedBy = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Records = table.Column<int>(type: "integer", nullable: false),
                    Posted = table.Column<int>(type: "integer", nullable: false),
                    Duplicates = table.Column<int>(type: "integer", nullable: false),
                    GreyHeld = table.Column<int>(type: "integer", nullable: false),
                    Exceptions = table.Column<int>(type: "integer", nullable: false),
                    NewGaps = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stations_Batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Stations_Gaps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TerminalId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<long>(type: "bigint", nullable: false),
                    To = table.Column<long>(type: "bigint", nullable: false),
                    FoundAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FilledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stations_Gaps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Stations_Records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TerminalId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    CardNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CardId = table.Column<Guid>(type: "uuid", nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Product = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    BalanceAfter = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Grey = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Problem = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    EntryId = table.Column<long>(type: "bigint", nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SettledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stations_Records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Stations_Terminals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TerminalId = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StationCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StationName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ProtectedKey = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    KeyIssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    UploadMinutes = table.Column<int>(type: "integer", nullable: false),
                    BlockListMinutes = table.Column<int>(type: "integer", nullable: false),
                    OfflineLimit = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    BlockListVersion = table.Column<long>(type: "bigint", nullable: false),
                    BlockListFetchedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastContactAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HighestSequence = table.Column<long>(type: "bigint", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stations_Terminals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Stations_UnGreys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CardId = table.Column<Guid>(type: "uuid", nullable: false),
                    CardNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    TerminalId = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    GreyAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Settled = table.Column<bool>(type: "boolean", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    RecordId = table.Column<long>(type: "bigint", nullable: true),
                    EntryId = table.Column<long>(type: "bigint", nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OperatorLogin = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    ReviewerLogin = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stations_UnGreys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Stations_Batches_TerminalId_BatchNo",
                table: "Stations_Batches",
                columns: new[] { "TerminalId", "BatchNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Stations_Gaps_TerminalId_From",
                table: "Stations_Gaps",
                columns: new[] { "TerminalId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_Stations_Records_CardId_At_Id",
                table: "Stations_Records",
                columns: new[] { "CardId", "At", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Stations_Records_CardNumber_Status",
                table: "Stations_Records",
                columns: new[] { "CardNumber", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Stations_Records_TerminalId_Sequence",
                table: "Stations_Records",
                columns: new[] { "TerminalId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Stations_Terminals_StationCode_TerminalId",
                table: "Stations_Terminals",
                columns: new[] { "StationCode", "TerminalId" });

            migrationBuilder.CreateIndex(
                name: "IX_Stations_Terminals_TerminalId",
                table: "Stations_Terminals",
                column: "TerminalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Stations_UnGreys_CardId_At",
                table: "Stations_UnGreys",
                columns: new[] { "CardId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Stations_UnGreys_TerminalId_Sequence",
                table: "Stations_UnGreys",
                columns: new[] { "TerminalId", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Stations_Batches");

            migrationBuilder.DropTable(
                name: "Stations_Gaps");

            migrationBuilder.DropTable(
                name: "Stations_Records");

            migrationBuilder.DropTable(
                name: "Stations_Terminals");

            migrationBuilder.DropTable(
                name: "Stations_UnGreys");
        }
    }
}
