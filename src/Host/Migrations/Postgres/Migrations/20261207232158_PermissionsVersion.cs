using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PermissionsVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Operators_PermissionsVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operators_PermissionsVersion", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "Operators_PermissionsVersion",
                columns: new[] { "Id", "Value" },
                values: new object[] { 1, 0L });

            // Hand-written: every write to role permissions, operators' roles and direct grants raises the permissions
            // version that the session statement reads (Operators README, SessionValidator and PermissionSetCache); a trigger, so
            // that no write path (a service, a recipe, a statement typed by hand) can miss it.
            migrationBuilder.Sql("""
                CREATE FUNCTION operators_permissions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "Operators_PermissionsVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1;
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER operators_role_claims_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Operators_RoleClaims"
                    FOR EACH STATEMENT EXECUTE FUNCTION operators_permissions_changed();
                CREATE TRIGGER operators_operator_roles_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Operators_OperatorRoles"
                    FOR EACH STATEMENT EXECUTE FUNCTION operators_permissions_changed();
                CREATE TRIGGER operators_operator_claims_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Operators_OperatorClaims"
                    FOR EACH STATEMENT EXECUTE FUNCTION operators_permissions_changed();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS operators_role_claims_version ON "Operators_RoleClaims";
                DROP TRIGGER IF EXISTS operators_operator_roles_version ON "Operators_OperatorRoles";
                DROP TRIGGER IF EXISTS operators_operator_claims_version ON "Operators_OperatorClaims";
                DROP FUNCTION IF EXISTS operators_permissions_changed();
                """);

            migrationBuilder.DropTable(
                name: "Operators_PermissionsVersion");
        }
    }
}
