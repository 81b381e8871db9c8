// Generated from the applications OpenAPI document by scripts/gen-api.mjs. Do not edit: run `make api-types`.
export interface paths {
    "/api/v1/applications/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 受理政府信息公开申请的机关（公开） */
        get: operations["list_replica_api_v1_applications_agencies_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志（仅管理员） */
        get: operations["list_audit_api_v1_applications_audit_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/calendar/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 计算 N 个工作日后的日期（含计算过程） */
        get: operations["add_working_days_api_v1_applications_calendar_add_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/calendar/between": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 两个日期之间的工作日数（不含起始日，含结束日） */
        get: operations["between_api_v1_applications_calendar_between_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已录入节假日安排的年份 */
        get: operations["list_years_api_v1_applications_calendar_years_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某年的节假日与调休安排 */
        get: operations["get_year_api_v1_applications_calendar_years__year__get"];
        /** 录入或修改某年的节假日安排（管理员） */
        put: operations["put_year_api_v1_applications_calendar_years__year__put"];
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
        /** AgencyReplicaOut */
        AgencyReplicaOut: {
            /** Accepts Requests */
            accepts_requests: boolean;
            /** Code */
            code: string;
            /** Details */
            details: {
                [key: string]: unknown;
            };
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Level */
            level: string;
            /** Name */
            name: string;
            /** Parent Id */
            parent_id: number | null;
            /** Path */
            path: string;
            /** Short Name */
            short_name: string | null;
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
        /** CalendarDayIn */
        CalendarDayIn: {
            /**
             * Date
             * Format: date
             */
            date: string;
            /**
             * Is Workday
             * @description true：调休上班日；false：法定节假日
             */
            is_workday: boolean;
            /**
             * Name
             * @description 如：春节、国庆节调休上班
             */
            name?: string | null;
        };
        /** CalendarDayOut */
        CalendarDayOut: {
            /**
             * Date
             * Format: date
             */
            date: string;
            /** Is Workday */
            is_workday: boolean;
            /** Name */
            name: string | null;
        };
        /**
         * CalendarYearIn
         * @description A year's holiday schedule as published by the State Council (国务院办公厅关于XXXX年部分节假日安排的通知).
         */
        CalendarYearIn: {
            /**
             * Days
             * @description 节假日与调休上班日
             */
            days: components["schemas"]["CalendarDayIn"][];
            /**
             * Official
             * @description 是否为正式公布的安排（否则为暂定）
             * @default true
             */
            official: boolean;
            /**
             * Source Notice
             * @description 依据的通知文号或标题
             */
            source_notice: string;
            /**
             * Version
             * @description 修改已有年份时须提供当前版本号
             */
            version?: number | null;
        };
        /** CalendarYearOut */
        CalendarYearOut: {
            /** Days */
            days: components["schemas"]["CalendarDayOut"][];
            /** Official */
            official: boolean;
            /** Provisional */
            provisional: boolean;
            /** Source Notice */
            source_notice: string | null;
            /** Updated At */
            updated_at: string | null;
            /** Version */
            version: number | null;
            /** Year */
            year: number;
        };
        /** CalendarYearSummary */
        CalendarYearSummary: {
            /** Official */
            official: boolean;
            /** Source Notice */
            source_notice: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Year */
            year: number;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** Page[agency_replica_router.<locals>.AgencyReplicaOut] */
        Page_AgencyReplicaOut_: {
            /** Items */
            items: components["schemas"]["AgencyReplicaOut"][];
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
        /** SkippedDay */
        SkippedDay: {
            /**
             * Date
             * Format: date
             */
            date: string;
            /** Reason */
            reason: string;
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
        /** WorkdayComputation */
        WorkdayComputation: {
            /**
             * Due
             * Format: date
             */
            due: string;
            /**
             * Provisional
             * @description 计算涉及尚未公布节假日安排的年份，仅按周末推算
             */
            provisional: boolean;
            /** Provisional Years */
            provisional_years: number[];
            /**
             * Skipped
             * @description 计算区间内跳过的非工作日
             */
            skipped: components["schemas"]["SkippedDay"][];
            /**
             * Start
             * Format: date
             */
            start: string;
            /** Working Days */
            working_days: number;
        };
        /** WorkdayCount */
        WorkdayCount: {
            /**
             * End
             * Format: date
             */
            end: string;
            /** Provisional */
            provisional: boolean;
            /**
             * Start
             * Format: date
             */
            start: string;
            /** Working Days */
            working_days: number;
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
    list_replica_api_v1_applications_agencies_get: {
        parameters: {
            query?: {
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 名称 */
                q?: string | null;
                /** @description 每页条数，最多 100 */
                size?: number;
                /** @description 只列出该机关及其下级 */
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
                    "application/json": components["schemas"]["Page_AgencyReplicaOut_"];
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
    list_audit_api_v1_applications_audit_get: {
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
    add_working_days_api_v1_applications_calendar_add_get: {
        parameters: {
            query: {
                /** @description 工作日数 */
                days: number;
                /** @description 起算日（当日不计入） */
                start: string;
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
                    "application/json": components["schemas"]["WorkdayComputation"];
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
    between_api_v1_applications_calendar_between_get: {
        parameters: {
            query: {
                end: string;
                start: string;
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
                    "application/json": components["schemas"]["WorkdayCount"];
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
    list_years_api_v1_applications_calendar_years_get: {
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
                    "application/json": components["schemas"]["CalendarYearSummary"][];
                };
            };
        };
    };
    get_year_api_v1_applications_calendar_years__year__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 年份 */
                year: number;
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
                    "application/json": components["schemas"]["CalendarYearOut"];
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
    put_year_api_v1_applications_calendar_years__year__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 年份 */
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarYearIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearOut"];
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
