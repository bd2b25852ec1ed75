using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Allocations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Allocations_Allocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerCode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CustomerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PrimaryCardNumber = table.Column<string>(type: "character varying(19)", maxLength: 19, nullable: true),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: true),
                    TemplateName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Total = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    LedgerEntryId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorLogin = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Allocations_Allocations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Allocations_PurseTransfers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CardId = table.Column<Guid>(type: "uuid", nullable: false),
                    CardNumber = table.Column<string>(type: "character varying(19)", maxLength: 19, nullable: false),
                    CardOutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SettledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    VoidReason = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    StartEntryId = table.Column<long>(type: "bigint", nullable: false),
                    SettleEntryId = table.Column<long>(type: "bigint", nullable: true),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorLogin = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SettledBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Allocations_PurseTransfers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Allocations_Templates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OutletId = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Mode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Allocations_Templates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Allocations_Lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AllocationId = table.Column<Guid>(type: "uuid", nullable: false),
                    LineNo = table.Column<int>(type: "integer", nullable: false),
                    CardId = table.Column<Guid>(type: "uuid", nullable: false),
                    CardNumber = table.Column<string>(type: "character varying(19)", maxLength: 19, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Allocations_Lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Allocations_Lines_Allocations_Allocations_AllocationId",
                        column: x => x.AllocationId,
                        principalTable: "Allocations_Allocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Allocations_TemplateLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: false),
                    LineNo = table.Column<int>(type: "integer", nullable: false),
                    CardId = table.Column<Guid>(type: "uuid", nullable: false),
                    CardNumber = table.Column<string>(type: "character varying(19)", maxLength: 19, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Allocations_TemplateLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Allocations_TemplateLines_Allocations_Templates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "Allocations_Templates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Allocations_Allocations_CustomerId",
                table: "Allocations_Allocations",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_Allocations_Allocations_OutletId_At",
                table: "Allocations_Allocations",
                columns: new[] { "OutletId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Allocations_Lines_AllocationId",
                table: "Allocations_Lines",
                column: "AllocationId");

            migrationBuilder.CreateIndex(
                name: "IX_Allocations_Lines_CardId",
                table: "Allocations_Lines",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_Allocations_PurseTransfers_OutletId_StartedAt",
                table: "Allocations_PurseTransfers",
                columns: new[] { "OutletId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Allocations_PurseTransfers_PendingCard",
                table: "Allocations_PurseTransfers",
                column: "CardId",
                unique: true,
                filter: "\"Status\" = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "IX_Allocations_PurseTransfers_Status_ExpiresAt",
                table: "Allocations_PurseTransfers",
                columns: new[] { "Status", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Allocations_TemplateLines_TemplateId",
                table: "Allocations_TemplateLines",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_Allocations_Templates_CustomerId_Name",
                table: "Allocations_Templates",
                columns: new[] { "CustomerId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Allocations_Lines");

            migrationBuilder.DropTable(
                name: "Allocations_PurseTransfers");

            migrationBuilder.DropTable(
                name: "Allocations_TemplateLines");

            migrationBuilder.DropTable(
                name: "Allocations_Allocations");

            migrationBuilder.DropTable(
                name: "Allocations_Templates");
        }
    }
}
