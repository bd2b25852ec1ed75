using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Admin.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class JobsBatch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BatchTopUps_Lists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerOutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerCode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CustomerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LineCount = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    MakerId = table.Column<Guid>(type: "uuid", nullable: false),
                    MakerLogin = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReviewerId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewerLogin = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ExecutedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RefusalCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RefusalMessage = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RefusedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FirstEntryId = table.Column<long>(type: "bigint", nullable: true),
                    LastEntryId = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BatchTopUps_Lists", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BatchTopUps_Lists_Counter_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Counter_Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Kernel_JobRuns",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    JobType = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Done = table.Column<int>(type: "integer", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    Message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Instance = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    OperatorLogin = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ScheduledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kernel_JobRuns", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "BatchTopUps_Lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ListId = table.Column<Guid>(type: "uuid", nullable: false),
                    LineNo = table.Column<int>(type: "integer", nullable: false),
                    CardId = table.Column<Guid>(type: "uuid", nullable: false),
                    CardOutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    CardNumber = table.Column<string>(type: "character varying(19)", maxLength: 19, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BatchTopUps_Lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BatchTopUps_Lines_BatchTopUps_Lists_ListId",
                        column: x => x.ListId,
                        principalTable: "BatchTopUps_Lists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BatchTopUps_Lines_CardId",
                table: "BatchTopUps_Lines",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_BatchTopUps_Lines_ListId_LineNo",
                table: "BatchTopUps_Lines",
                columns: new[] { "ListId", "LineNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BatchTopUps_Lists_CustomerId",
                table: "BatchTopUps_Lists",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_BatchTopUps_Lists_OutletId_Number",
                table: "BatchTopUps_Lists",
                columns: new[] { "OutletId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BatchTopUps_Lists_OutletId_SubmittedAt_Id",
                table: "BatchTopUps_Lists",
                columns: new[] { "OutletId", "SubmittedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BatchTopUps_Lines");

            migrationBuilder.DropTable(
                name: "Kernel_JobRuns");

            migrationBuilder.DropTable(
                name: "BatchTopUps_Lists");
        }
    }
}
