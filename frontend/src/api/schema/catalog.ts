// Generated from the catalog OpenAPI document by scripts/gen-api.mjs. Do not edit: run `make api-types`.
export interface paths {
    "/api/v1/catalog/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 机关列表（公开） */
        get: operations["list_agencies_api_v1_catalog_agencies_get"];
        put?: never;
        /** 新建机关（支持 Idempotency-Key） */
        post: operations["create_agency_api_v1_catalog_agencies_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/agencies/{agency_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 机关详情与公开指南（公开） */
        get: operations["get_agency_api_v1_catalog_agencies__agency_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改机关信息 */
        patch: operations["update_agency_api_v1_catalog_agencies__agency_id__patch"];
        trace?: never;
    };
    "/api/v1/catalog/agencies/{agency_id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用机关 */
        post: operations["deactivate_agency_api_v1_catalog_agencies__agency_id__deactivate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/agencies/{agency_id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 机关变更历史 */
        get: operations["agency_history_api_v1_catalog_agencies__agency_id__history_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/agencies/{agency_id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 调整隶属关系 */
        post: operations["move_agency_api_v1_catalog_agencies__agency_id__move_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/agencies/{agency_id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 恢复停用的机关 */
        post: operations["reactivate_agency_api_v1_catalog_agencies__agency_id__reactivate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/agencies/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 在用机关树（公开） */
        get: operations["agency_tree_api_v1_catalog_agencies_tree_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志（仅管理员） */
        get: operations["list_audit_api_v1_catalog_audit_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/dictionaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 全部字典（枚举值与中英文名称） */
        get: operations["all_dictionaries_api_v1_catalog_dictionaries_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/dictionaries/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单个字典 */
        get: operations["one_dictionary_api_v1_catalog_dictionaries__name__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AgencyCreate */
        AgencyCreate: {
            /**
             * Accepts Requests
             * @description 是否受理政府信息公开申请
             * @default true
             */
            accepts_requests: boolean;
            /**
             * Address
             * @description 办公地址
             */
            address?: string | null;
            /**
             * Code
             * @description 统一社会信用代码（18 位）或组织机构代码（9 位）
             */
            code: string;
            /**
             * Email
             * @description 电子邮箱
             */
            email?: string | null;
            /**
             * Fax
             * @description 传真
             */
            fax?: string | null;
            /**
             * Guide Text
             * @description 政府信息公开指南正文
             */
            guide_text?: string | null;
            /** @description 类别 */
            kind: components["schemas"]["AgencyKind"];
            /** @description 层级 */
            level: components["schemas"]["AgencyLevel"];
            /**
             * Name
             * @description 机关全称
             */
            name: string;
            /**
             * Office Hours
             * @description 办公时间
             */
            office_hours?: string | null;
            /**
             * Parent Id
             * @description 上级机关；为空表示顶级机关（仅限全局管理员）
             */
            parent_id?: number | null;
            /**
             * Phone
             * @description 联系电话（机关公开电话）
             */
            phone?: string | null;
            /**
             * Postal Code
             * @description 邮政编码
             */
            postal_code?: string | null;
            /**
             * Short Name
             * @description 简称
             */
            short_name?: string | null;
            /**
             * Sort Order
             * @description 同级排序
             * @default 0
             */
            sort_order: number;
            /**
             * Website
             * @description 网站
             */
            website?: string | null;
        };
        /** AgencyDeactivate */
        AgencyDeactivate: {
            /**
             * Reason
             * @description 停用原因（如机构改革撤并）
             */
            reason: string;
            /** Version */
            version: number;
        };
        /** AgencyHistoryOut */
        AgencyHistoryOut: {
            /** Actor Id */
            actor_id: string | null;
            /** Actor Name */
            actor_name: string | null;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Change */
            change: string;
            /** Changed Fields */
            changed_fields: string[];
            /** Reason */
            reason: string | null;
            /** Snapshot */
            snapshot: {
                [key: string]: unknown;
            };
            /** Version */
            version: number;
        };
        /**
         * AgencyKind
         * @enum {string}
         */
        AgencyKind: "government" | "department" | "office" | "institution";
        /**
         * AgencyLevel
         * @enum {string}
         */
        AgencyLevel: "national" | "province" | "city" | "county" | "township";
        /** AgencyMove */
        AgencyMove: {
            /**
             * Parent Id
             * @description 新的上级机关
             */
            parent_id: number;
            /** Reason */
            reason?: string | null;
            /** Version */
            version: number;
        };
        /** AgencyOut */
        AgencyOut: {
            /** Accepts Requests */
            accepts_requests: boolean;
            /** Address */
            address: string | null;
            /**
             * Ancestors
             * @description 上级机关链（从顶级到直接上级）
             */
            ancestors?: {
                [key: string]: unknown;
            }[];
            /** Code */
            code: string;
            /** Code Kind */
            code_kind: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Deactivated At */
            deactivated_at: string | null;
            /** Deactivation Reason */
            deactivation_reason: string | null;
            /** Depth */
            depth: number;
            /** Email */
            email: string | null;
            /** Fax */
            fax: string | null;
            /** Guide Text */
            guide_text: string | null;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Kind */
            kind: string;
            /** Level */
            level: string;
            /** Name */
            name: string;
            /** Office Hours */
            office_hours: string | null;
            /** Parent Id */
            parent_id: number | null;
            /** Path */
            path: string;
            /** Phone */
            phone: string | null;
            /** Postal Code */
            postal_code: string | null;
            /** Short Name */
            short_name: string | null;
            /** Sort Order */
            sort_order: number;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Website */
            website: string | null;
        };
        /** AgencyReactivate */
        AgencyReactivate: {
            /** Version */
            version: number;
        };
        /** AgencySummary */
        AgencySummary: {
            /** Accepts Requests */
            accepts_requests: boolean;
            /** Code */
            code: string;
            /** Depth */
            depth: number;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Kind */
            kind: string;
            /** Level */
            level: string;
            /** Name */
            name: string;
            /** Parent Id */
            parent_id: number | null;
            /** Path */
            path: string;
            /** Phone */
            phone: string | null;
            /** Short Name */
            short_name: string | null;
            /** Sort Order */
            sort_order: number;
        };
        /** AgencyTreeNode */
        AgencyTreeNode: {
            /** Accepts Requests */
            accepts_requests: boolean;
            /** Children */
            children?: components["schemas"]["AgencyTreeNode"][];
            /** Id */
            id: number;
            /** Kind */
            kind: string;
            /** Level */
            level: string;
            /** Name */
            name: string;
            /** Short Name */
            short_name: string | null;
        };
        /**
         * AgencyUpdate
         * @description Fields to change; omitted fields stay as they are. ``version`` must equal the current version.
         */
        AgencyUpdate: {
            /** Accepts Requests */
            accepts_requests?: boolean | null;
            /** Address */
            address?: string | null;
            /** Code */
            code?: string | null;
            /** Email */
            email?: string | null;
            /** Fax */
            fax?: string | null;
            /** Guide Text */
            guide_text?: string | null;
            kind?: components["schemas"]["AgencyKind"] | null;
            level?: components["schemas"]["AgencyLevel"] | null;
            /** Name */
            name?: string | null;
            /** Office Hours */
            office_hours?: string | null;
            /** Phone */
            phone?: string | null;
            /** Postal Code */
            postal_code?: string | null;
            /** Short Name */
            short_name?: string | null;
            /** Sort Order */
            sort_order?: number | null;
            /**
             * Version
             * @description 修改前的版本号（防止覆盖他人修改）
             */
            version: number;
            /** Website */
            website?: string | null;
        };
        /** AuditEntryOut */
        AuditEntryOut: {
            /** Action */
            action: string;
            /** Actor Id */
            actor_id: string | null;
            /** Actor Kind */
            actor_kind: string | null;
            /** Actor Name */
            actor_name: string | null;
            /** After */
            after: {
                [key: string]: unknown;
            } | null;
            /** Agency Id */
            agency_id: number | null;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Before */
            before: {
                [key: string]: unknown;
            } | null;
            /** Entity Id */
            entity_id: string | null;
            /** Entity Type */
            entity_type: string;
            /** Id */
            id: number;
            /** Request Id */
            request_id: string | null;
            /** Roles */
            roles: string[];
            /** Service */
            service: string;
            /** Source Ip */
            source_ip: string | null;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** Page[AgencySummary] */
        Page_AgencySummary_: {
            /** Items */
            items: components["schemas"]["AgencySummary"][];
            /** Page */
            page: number;
            /** Pages */
            pages: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[AuditEntryOut] */
        Page_AuditEntryOut_: {
            /** Items */
            items: components["schemas"]["AuditEntryOut"][];
            /** Page */
            page: number;
            /** Pages */
            pages: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** ValidationError */
        ValidationError: {
            /** Context */
            ctx?: Record<string, never>;
            /** Input */
            input?: unknown;
            /** Location */
            loc: (string | number)[];
            /** Message */
            msg: string;
            /** Error Type */
            type: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    list_agencies_api_v1_catalog_agencies_get: {
        parameters: {
            query?: {
                accepts_requests?: boolean | null;
                /** @description 包含已停用机关（需要机关管理权限） */
                include_inactive?: boolean;
                kind?: components["schemas"]["AgencyKind"] | null;
                level?: components["schemas"]["AgencyLevel"] | null;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 只列出该机关的直接下级 */
                parent_id?: number | null;
                /** @description 名称或代码 */
                q?: string | null;
                /** @description 每页条数，最多 100 */
                size?: number;
                /** @description 只列出该机关及其全部下级 */
                within?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_AgencySummary_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_agency_api_v1_catalog_agencies_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgencyCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_agency_api_v1_catalog_agencies__agency_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agency_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_agency_api_v1_catalog_agencies__agency_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agency_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgencyUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    deactivate_agency_api_v1_catalog_agencies__agency_id__deactivate_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agency_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgencyDeactivate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    agency_history_api_v1_catalog_agencies__agency_id__history_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agency_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyHistoryOut"][];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    move_agency_api_v1_catalog_agencies__agency_id__move_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agency_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgencyMove"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    reactivate_agency_api_v1_catalog_agencies__agency_id__reactivate_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agency_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgencyReactivate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    agency_tree_api_v1_catalog_agencies_tree_get: {
        parameters: {
            query?: {
                root_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyTreeNode"][];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_audit_api_v1_catalog_audit_get: {
        parameters: {
            query?: {
                action?: string | null;
                actor_id?: string | null;
                entity_id?: string | null;
                entity_type?: string | null;
                /** @description 页码，从 1 开始 */
                page?: number;
                request_id?: string | null;
                since?: string | null;
                /** @description 每页条数，最多 100 */
                size?: number;
                until?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_AuditEntryOut_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    all_dictionaries_api_v1_catalog_dictionaries_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
        };
    };
    one_dictionary_api_v1_catalog_dictionaries__name__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
}
