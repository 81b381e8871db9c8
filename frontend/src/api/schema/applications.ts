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
    "/api/v1/applications/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 复议诉讼列表 */
        get: operations["list_appeals_api_v1_applications_appeals_get"];
        put?: never;
        /** 登记行政复议或行政诉讼 */
        post: operations["file_appeal_api_v1_applications_appeals_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/appeals/{appeal_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 复议诉讼详情 */
        get: operations["get_appeal_api_v1_applications_appeals__appeal_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/appeals/{appeal_id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记复议决定或判决结果 */
        post: operations["decide_api_v1_applications_appeals__appeal_id__decision_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/appeals/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度复议诉讼情况（年度报告第四部分） */
        get: operations["appeal_summary_api_v1_applications_appeals_summary_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交政府信息公开申请（网上申请；对接平台须持 applications.application:submit，支持 Idempotency-Key） */
        post: operations["submit_application_api_v1_applications_applications_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/applications/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记当面、信函、传真、电子邮件或口头提出的申请（含实际日期） */
        post: operations["register_application_api_v1_applications_applications_register_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传附件（请求体为文件本身；PDF、JPG、PNG、OFD、DOCX） */
        post: operations["upload_attachment_api_v1_applications_attachments_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/attachments/{attachment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载附件 */
        get: operations["attachment_file_api_v1_applications_attachments__attachment_id__get"];
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
    "/api/v1/applications/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申请案件列表（本机关范围） */
        get: operations["list_cases_api_v1_applications_cases_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/{case_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件详情（含答复期限的计算过程） */
        get: operations["get_one_api_v1_applications_cases__case_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/{case_id}/approve-reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 审核签发答复（起草人以外的人员）
         * @description 可在以下状态执行：答复待审核。
         */
        post: operations["case_approve_reply_api_v1_applications_cases__case_id__approve_reply_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/{case_id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 归档
         * @description 可在以下状态执行：已终止、已答复、已撤回。
         */
        post: operations["case_archive_api_v1_applications_cases__case_id__archive_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/{case_id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 分办：指定承办人或承办部门
         * @description 可在以下状态执行：答复已签发待送达、待缴费、待说明理由、征求意见中、办理中、已收到、答复待审核、待补正。
         */
        post: operations["case_assign_api_v1_applications_cases__case_id__assign_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/{case_id}/dispatch-reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 送达答复（生成并存档答复书，办结）
         * @description 可在以下状态执行：答复已签发待送达。发出文书：政府信息公开申请答复书。
         */
        post: operations["case_dispatch_reply_api_v1_applications_cases__case_id__dispatch_reply_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/{case_id}/draft-reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 起草答复（办理结果）并提交审核
         * @description 可在以下状态执行：办理中、已收到、答复待审核。
         */
        post: operations["case_draft_reply_api_v1_applications_cases__case_id__draft_reply_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/{case_id}/end-consultation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记意见或期限届满
         * @description 可在以下状态执行：征求意见中。
         */
        post: operations["case_end_consultation_api_v1_applications_cases__case_id__end_consultation_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/{case_id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批准延期答复（最长 20 个工作日，须审批负责人）
         * @description 可在以下状态执行：答复已签发待送达、待缴费、待说明理由、征求意见中、办理中、已收到、答复待审核。发出文书：延期答复告知书。
         */
        post: operations["case_extend_api_v1_applications_cases__case_id__extend_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/{case_id}/letters/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 预览文书（不存档） */
        get: operations["preview_letter_api_v1_applications_cases__case_id__letters_preview_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/{case_id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 内部备注（申请人不可见） */
        post: operations["add_note_api_v1_applications_cases__case_id__notes_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/{case_id}/notify-fee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发出收费通知（金额按规定自动计算）
         * @description 可在以下状态执行：办理中、已收到。发出文书：收费通知书。
         */
        post: operations["case_notify_fee_api_v1_applications_cases__case_id__notify_fee_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/{case_id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 确认收到网上申请（开始计算答复期限，发出回执）
         * @description 可在以下状态执行：待确认收到。发出文书：政府信息公开申请接收回执。
         */
        post: operations["case_receive_api_v1_applications_cases__case_id__receive_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/{case_id}/receive-reasons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记申请人说明的理由
         * @description 可在以下状态执行：待说明理由。
         */
        post: operations["case_receive_reasons_api_v1_applications_cases__case_id__receive_reasons_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/{case_id}/receive-supplement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记收到的补正（答复期限重新计算）
         * @description 可在以下状态执行：待补正。
         */
        post: operations["case_receive_supplement_api_v1_applications_cases__case_id__receive_supplement_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/{case_id}/record-delivery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记送达回证
         * @description 可在以下状态执行：已终止、已答复。
         */
        post: operations["case_record_delivery_api_v1_applications_cases__case_id__record_delivery_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/{case_id}/record-payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记缴费
         * @description 可在以下状态执行：待缴费。
         */
        post: operations["case_record_payment_api_v1_applications_cases__case_id__record_payment_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/{case_id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 复议或诉讼纠正后重新办理
         * @description 可在以下状态执行：已归档、已终止、已答复。
         */
        post: operations["case_reopen_api_v1_applications_cases__case_id__reopen_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/{case_id}/request-reasons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 要求说明理由（条例第三十五条）
         * @description 可在以下状态执行：办理中、已收到。发出文书：说明理由告知书。
         */
        post: operations["case_request_reasons_api_v1_applications_cases__case_id__request_reasons_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/{case_id}/request-supplement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 一次性告知补正（收到申请后 7 个工作日内）
         * @description 可在以下状态执行：办理中、已收到。发出文书：补正申请告知书。
         */
        post: operations["case_request_supplement_api_v1_applications_cases__case_id__request_supplement_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/{case_id}/return-reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 退回答复稿（审批负责人）
         * @description 可在以下状态执行：答复已签发待送达、答复待审核。
         */
        post: operations["case_return_reply_api_v1_applications_cases__case_id__return_reply_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/{case_id}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 按信息项拆分为多件案件
         * @description 可在以下状态执行：办理中、已收到、待确认收到。
         */
        post: operations["case_split_api_v1_applications_cases__case_id__split_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/{case_id}/start-consultation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 征求第三方或其他机关意见（期间不计入）
         * @description 可在以下状态执行：征求意见中、办理中、已收到。发出文书：征求第三方意见函。
         */
        post: operations["case_start_consultation_api_v1_applications_cases__case_id__start_consultation_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/{case_id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记申请人撤回申请
         * @description 可在以下状态执行：答复已签发待送达、待缴费、待说明理由、征求意见中、办理中、已收到、待确认收到、答复待审核、待补正。
         */
        post: operations["case_withdraw_api_v1_applications_cases__case_id__withdraw_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/due-soon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 即将到期的案件（N 个工作日内） */
        get: operations["due_soon_api_v1_applications_cases_due_soon_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/cases/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已超过答复期限的未办结案件 */
        get: operations["overdue_api_v1_applications_cases_overdue_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 咨询记录 */
        get: operations["list_consultations_api_v1_applications_consultations_get"];
        put?: never;
        /** 登记一次咨询 */
        post: operations["record_consultation_api_v1_applications_consultations_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/consultations/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 咨询量：按机关和渠道统计 */
        get: operations["count_consultations_api_v1_applications_consultations_counts_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/dictionaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 全部字典（枚举值与中英文名称） */
        get: operations["all_dictionaries_api_v1_applications_dictionaries_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/dictionaries/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单个字典 */
        get: operations["one_dictionary_api_v1_applications_dictionaries__name__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待确认收到的申请（网上申请、对接平台；等待最久的在前，含已等待工作日数与确认超期标记） */
        get: operations["inbox_api_v1_applications_inbox_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/inbox/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待确认收到的申请数与其中确认超期的数目（角标） */
        get: operations["inbox_summary_api_v1_applications_inbox_summary_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/letter-templates/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 文书模板（锁定的法定段落与本机关可编辑部分） */
        get: operations["get_template_api_v1_applications_letter_templates__kind__get"];
        /** 修改本机关文书模板的可编辑部分 */
        put: operations["put_template_api_v1_applications_letter_templates__kind__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/letters/{letter_id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载已存档的文书（原样，校验后提供） */
        get: operations["letter_file_api_v1_applications_letters__letter_id__file_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/library": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检索案例库 */
        get: operations["search_api_v1_applications_library_get"];
        put?: never;
        /** 推荐入库（个人信息自动删除，待审核） */
        post: operations["nominate_api_v1_applications_library_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/library/{entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案例详情 */
        get: operations["get_entry_api_v1_applications_library__entry_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/library/{entry_id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核入库（推荐人以外的人员） */
        post: operations["review_api_v1_applications_library__entry_id__review_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的提醒（新申请待确认、确认超期、到期、逾期、分办） */
        get: operations["my_notifications_api_v1_applications_notifications_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记为已读 */
        post: operations["read_api_v1_applications_notifications_read_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/selfservice/letters/{letter_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 凭申请编号和查询码下载文书（原样存档件） */
        post: operations["download_api_v1_applications_selfservice_letters__letter_id__post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/selfservice/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 凭申请编号和查询码查询办理进度 */
        post: operations["lookup_api_v1_applications_selfservice_lookup_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/selfservice/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的申请（公众账号） */
        get: operations["mine_api_v1_applications_selfservice_mine_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/selfservice/mine/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的某件申请的办理进度 */
        get: operations["my_application_api_v1_applications_selfservice_mine__number__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/selfservice/mine/{number}/cases/{case_id}/supplement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 在线补正（公众账号） */
        post: operations["my_supplement_api_v1_applications_selfservice_mine__number__cases__case_id__supplement_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/selfservice/mine/{number}/cases/{case_id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回申请（公众账号） */
        post: operations["my_withdraw_api_v1_applications_selfservice_mine__number__cases__case_id__withdraw_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/selfservice/mine/{number}/letters/{letter_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载我的文书 */
        get: operations["my_letter_api_v1_applications_selfservice_mine__number__letters__letter_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/selfservice/supplement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 在线补正（收到补正之日重新计算答复期限） */
        post: operations["supplement_api_v1_applications_selfservice_supplement_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/selfservice/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回申请（答复前） */
        post: operations["withdraw_api_v1_applications_selfservice_withdraw_post"];
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
        /** AccountSupplement */
        AccountSupplement: {
            /** Attachment Ids */
            attachment_ids?: string[];
            /** Text */
            text: string;
        };
        /** AccountWithdrawal */
        AccountWithdrawal: {
            /** Reason */
            reason?: string | null;
        };
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
        /**
         * AgentIn
         * @description Someone applying on the applicant's behalf, with a power of attorney (授权委托书).
         */
        AgentIn: {
            /** Id Number */
            id_number: string;
            /** Name */
            name: string;
            /** Phone */
            phone: string;
            /**
             * Power Of Attorney Id
             * Format: uuid
             * @description 已上传的授权委托书附件编号
             */
            power_of_attorney_id: string;
        };
        /** AppealIn */
        AppealIn: {
            /**
             * Body
             * @description 复议机关或人民法院
             */
            body: string;
            /**
             * Case Id
             * Format: uuid
             */
            case_id: string;
            /**
             * Filed On
             * Format: date
             * @description 申请复议或立案之日
             */
            filed_on: string;
            /**
             * Follows Id
             * @description 复议后起诉的，所针对的行政复议
             */
            follows_id?: string | null;
            kind: components["schemas"]["AppealKind"];
            /**
             * Reference
             * @description 案号
             */
            reference?: string | null;
            /** Summary */
            summary?: string | null;
        };
        /**
         * AppealKind
         * @enum {string}
         */
        AppealKind: "reconsideration" | "litigation_direct" | "litigation_after_reconsideration";
        /** AppealOut */
        AppealOut: {
            /** Agency Id */
            agency_id: number;
            /** Body */
            body: string;
            /**
             * Case Id
             * Format: uuid
             */
            case_id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Decided On */
            decided_on: string | null;
            /**
             * Filed On
             * Format: date
             */
            filed_on: string;
            /** Follows Id */
            follows_id: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Outcome */
            outcome: string;
            /** Reference */
            reference: string | null;
            /** Summary */
            summary: string | null;
            /** Version */
            version: number;
        };
        /**
         * AppealOutcome
         * @enum {string}
         */
        AppealOutcome: "upheld" | "corrected" | "other" | "pending";
        /** AppealSummary */
        AppealSummary: {
            /**
             * Rows
             * @description kind → {upheld, corrected, other, pending, total}
             */
            rows: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            /** Year */
            year: number;
        };
        /**
         * ApplicantIn
         * @description Art. 29: name, proof of identity, contact details. Natural persons give an identity document; legal
         *     persons and other organisations their unified social credit code.
         */
        ApplicantIn: {
            /**
             * Address
             * @description 通信地址
             */
            address?: string | null;
            /**
             * Email
             * @description 电子邮箱
             */
            email?: string | null;
            /** @description 身份证明类型 */
            id_kind: components["schemas"]["IdKind"];
            /**
             * Id Number
             * @description 证件号码或统一社会信用代码
             */
            id_number: string;
            /**
             * Name
             * @description 姓名或名称
             */
            name: string;
            /**
             * Phone
             * @description 联系电话
             */
            phone?: string | null;
            /** Postal Code */
            postal_code?: string | null;
            /** @description 申请人类型（年度报告的六列） */
            type: components["schemas"]["ApplicantType"];
        };
        /**
         * ApplicantType
         * @enum {string}
         */
        ApplicantType: "natural_person" | "commercial" | "research" | "social_welfare" | "legal_service" | "other";
        /**
         * ApplicationIn
         * @description An application submitted online (with or without an account) or by a partner platform.
         */
        ApplicationIn: {
            /**
             * Agency Id
             * @description 受理机关
             */
            agency_id: number;
            agent?: components["schemas"]["AgentIn"] | null;
            applicant: components["schemas"]["ApplicantIn"];
            /**
             * Attachment Ids
             * @description 身份证明等附件
             */
            attachment_ids?: string[];
            /** @description 获取信息的方式 */
            delivery_method: components["schemas"]["DeliveryMethod"];
            /** @description 获取信息的形式 */
            info_form: components["schemas"]["InfoForm"];
            /**
             * Items
             * @description 所需信息；每一项单独办理
             */
            items: components["schemas"]["ItemIn"][];
        };
        /** ApproveIn */
        ApproveIn: {
            /** Comment */
            comment?: string | null;
            /**
             * Version
             * @description 操作前看到的案件版本号（防止两人同时操作互相覆盖）
             */
            version: number;
        };
        /** ArchiveIn */
        ArchiveIn: {
            /**
             * Archived On
             * Format: date
             */
            archived_on: string;
            /**
             * Version
             * @description 操作前看到的案件版本号（防止两人同时操作互相覆盖）
             */
            version: number;
        };
        /** AssignIn */
        AssignIn: {
            /**
             * Assignee Id
             * @description 承办人账号编号
             */
            assignee_id?: string | null;
            /**
             * Assignee Name
             * @description 承办人姓名
             */
            assignee_name?: string | null;
            /**
             * Department
             * @description 承办部门
             */
            department?: string | null;
            /**
             * Version
             * @description 操作前看到的案件版本号（防止两人同时操作互相覆盖）
             */
            version: number;
        };
        /** AttachmentOut */
        AttachmentOut: {
            /** Content Type */
            content_type: string;
            /** Filename */
            filename: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Purpose */
            purpose: string;
            /** Sha256 */
            sha256: string;
            /** Size */
            size: number;
            /**
             * Uploaded At
             * Format: date-time
             */
            uploaded_at: string;
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
        /**
         * CaseActionName
         * @description 案件办理操作（与 POST /cases/{id}/<操作名，下划线作连字符> 一一对应）
         * @enum {string}
         */
        CaseActionName: "receive" | "assign" | "request_supplement" | "receive_supplement" | "extend" | "start_consultation" | "end_consultation" | "request_reasons" | "receive_reasons" | "notify_fee" | "record_payment" | "draft_reply" | "approve_reply" | "return_reply" | "dispatch_reply" | "record_delivery" | "archive" | "withdraw" | "reopen" | "split";
        /** CaseOut */
        CaseOut: {
            /** Agency Id */
            agency_id: number;
            /**
             * Allowed Actions
             * @description 当前账号现在可以执行的办理操作（与可调用的接口一致）
             */
            allowed_actions: components["schemas"]["CaseActionName"][];
            /** Applicant */
            applicant: {
                [key: string]: unknown;
            };
            /**
             * Applicant Name
             * @description 申请人（自然人姓名已脱敏）
             */
            applicant_name: string;
            /** Applicant Type */
            applicant_type: string;
            /** Application */
            application: {
                [key: string]: unknown;
            };
            /**
             * Application Id
             * Format: uuid
             */
            application_id: string;
            /** Approval */
            approval: {
                [key: string]: unknown;
            } | null;
            /** Archived On */
            archived_on: string | null;
            /** Assigned Name */
            assigned_name: string | null;
            /** Assigned To */
            assigned_to: string | null;
            /** Attachments */
            attachments: {
                [key: string]: unknown;
            }[];
            /** Channel */
            channel: string;
            /** Clock */
            clock: {
                [key: string]: unknown;
            };
            /** Closed On */
            closed_on: string | null;
            /** Delivery */
            delivery: {
                [key: string]: unknown;
            } | null;
            /** Department */
            department: string | null;
            /** Description */
            description: string;
            /** Document Number */
            document_number: string | null;
            /** Draft */
            draft: {
                [key: string]: unknown;
            } | null;
            /** Due On */
            due_on: string | null;
            /** Due Provisional */
            due_provisional: boolean;
            /** Events */
            events: components["schemas"]["EventOut"][];
            /** Fee */
            fee: {
                [key: string]: unknown;
            } | null;
            /** Fee Yuan */
            fee_yuan: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Item No */
            item_no: number;
            /** Letters */
            letters: components["schemas"]["LetterOut"][];
            /** Number */
            number: string;
            /** On Time */
            on_time: boolean | null;
            /** Outcome */
            outcome: string | null;
            /** Possible Repeats */
            possible_repeats: {
                [key: string]: unknown;
            }[];
            /** Received On */
            received_on: string | null;
            /**
             * Reopenable Appeals
             * @description 可据以重新办理的纠正决定（复议或诉讼）
             */
            reopenable_appeals?: string[];
            /** Status */
            status: string;
            /** Title */
            title: string;
            /** Version */
            version: number;
            /** Working Days Taken */
            working_days_taken: number | null;
        };
        /**
         * CaseStatus
         * @enum {string}
         */
        CaseStatus: "registered" | "received" | "handling" | "supplement_requested" | "consulting" | "awaiting_fee" | "awaiting_reasons" | "reviewing" | "approved" | "replied" | "closed" | "withdrawn" | "archived";
        /** CaseSummary */
        CaseSummary: {
            /** Agency Id */
            agency_id: number;
            /**
             * Applicant Name
             * @description 申请人（自然人姓名已脱敏）
             */
            applicant_name: string;
            /** Applicant Type */
            applicant_type: string;
            /** Assigned Name */
            assigned_name: string | null;
            /** Channel */
            channel: string;
            /** Closed On */
            closed_on: string | null;
            /** Department */
            department: string | null;
            /** Due On */
            due_on: string | null;
            /** Due Provisional */
            due_provisional: boolean;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Number */
            number: string;
            /** Outcome */
            outcome: string | null;
            /** Received On */
            received_on: string | null;
            /** Status */
            status: string;
            /** Title */
            title: string;
            /** Version */
            version: number;
        };
        /**
         * Channel
         * @enum {string}
         */
        Channel: "online" | "in_person" | "post" | "fax" | "email" | "oral" | "api";
        /**
         * ConsultationAnswer
         * @enum {string}
         */
        ConsultationAnswer: "consent" | "objection" | "no_answer";
        /** ConsultationCount */
        ConsultationCount: {
            /** Agency Id */
            agency_id: number;
            /** Agency Name */
            agency_name: string | null;
            /** Channel */
            channel: string;
            /** Count */
            count: number;
        };
        /** ConsultationIn */
        ConsultationIn: {
            /**
             * Agency Id
             * @description 默认为本人所在机关
             */
            agency_id?: number | null;
            /**
             * Answer
             * @description 答复要点
             */
            answer?: string | null;
            channel: components["schemas"]["InquiryChannel"];
            /**
             * Occurred On
             * Format: date
             */
            occurred_on: string;
            /**
             * Topic
             * @description 咨询事项（不记录个人信息）
             */
            topic: string;
        };
        /** ConsultationOut */
        ConsultationOut: {
            /** Agency Id */
            agency_id: number;
            /** Answer */
            answer: string | null;
            /** Channel */
            channel: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Occurred On
             * Format: date
             */
            occurred_on: string;
            /** Recorded By */
            recorded_by: string | null;
            /** Topic */
            topic: string;
        };
        /**
         * ConsultationParty
         * @enum {string}
         */
        ConsultationParty: "third_party" | "agency";
        /** ConsultEndIn */
        ConsultEndIn: {
            answer: components["schemas"]["ConsultationAnswer"];
            /**
             * Disclose In Public Interest
             * @description 第三方反对但因公共利益决定公开（须书面告知第三方）
             * @default false
             */
            disclose_in_public_interest: boolean;
            /** Disclosure Reason */
            disclosure_reason?: string | null;
            /**
             * Ended On
             * Format: date
             * @description 收到意见之日（或期限届满之日）
             */
            ended_on: string;
            /**
             * Ref
             * @description 征求意见编号
             */
            ref: string;
            /** Summary */
            summary?: string | null;
            /**
             * Version
             * @description 操作前看到的案件版本号（防止两人同时操作互相覆盖）
             */
            version: number;
        };
        /** ConsultIn */
        ConsultIn: {
            /**
             * Notify Applicant
             * @description 同时向申请人发出征求意见告知书
             * @default true
             */
            notify_applicant: boolean;
            party: components["schemas"]["ConsultationParty"];
            /**
             * Party Name
             * @description 第三方或其他机关名称
             */
            party_name: string;
            /**
             * Scope
             * @description 征求意见的范围
             */
            scope: string;
            /**
             * Started On
             * Format: date
             * @description 发出征求意见函之日
             */
            started_on: string;
            /**
             * Version
             * @description 操作前看到的案件版本号（防止两人同时操作互相覆盖）
             */
            version: number;
        };
        /** Credentials */
        Credentials: {
            /**
             * Number
             * @description 申请编号
             */
            number: string;
            /**
             * Query Code
             * @description 查询码
             */
            query_code: string;
        };
        /** DecisionIn */
        DecisionIn: {
            /**
             * Decided On
             * @description 决定或判决之日（尚未审结时不填）
             */
            decided_on?: string | null;
            outcome: components["schemas"]["AppealOutcome"];
            /** Summary */
            summary?: string | null;
            /** Version */
            version: number;
        };
        /** DeliveredIn */
        DeliveredIn: {
            /**
             * Delivered On
             * Format: date
             */
            delivered_on: string;
            /** Note */
            note?: string | null;
            /**
             * Version
             * @description 操作前看到的案件版本号（防止两人同时操作互相覆盖）
             */
            version: number;
        };
        /**
         * DeliveryMethod
         * @enum {string}
         */
        DeliveryMethod: "post" | "email" | "pickup" | "online" | "fax";
        /** DispatchIn */
        DispatchIn: {
            /**
             * Dispatched On
             * Format: date
             */
            dispatched_on: string;
            method: components["schemas"]["DeliveryMethod"];
            /**
             * Note
             * @description 邮件号等
             */
            note?: string | null;
            /**
             * Version
             * @description 操作前看到的案件版本号（防止两人同时操作互相覆盖）
             */
            version: number;
        };
        /** DraftIn */
        DraftIn: {
            /**
             * Details
             * @description 答复的具体内容：获取方式、不予公开的理由、负责公开的机关等
             */
            details: string;
            /** @description 办理结果（年度报告的结果行，恰为其一） */
            outcome: components["schemas"]["Outcome"];
            /**
             * Version
             * @description 操作前看到的案件版本号（防止两人同时操作互相覆盖）
             */
            version: number;
        };
        /** EntryOut */
        EntryOut: {
            /** Agency Id */
            agency_id: number;
            /** Body */
            body: string;
            /** Case Id */
            case_id: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Keywords */
            keywords: string[];
            /** Module */
            module: string;
            /** Nominated By Name */
            nominated_by_name: string | null;
            /** Outcome */
            outcome: string | null;
            /** Review Comment */
            review_comment: string | null;
            /** Reviewed By Name */
            reviewed_by_name: string | null;
            /** Status */
            status: string;
            /** Title */
            title: string;
            /** Version */
            version: number;
        };
        /** EventOut */
        EventOut: {
            /** Actor Name */
            actor_name: string | null;
            /** Clock */
            clock: {
                [key: string]: unknown;
            } | null;
            /** Data */
            data: {
                [key: string]: unknown;
            };
            /** Id */
            id: number;
            /** Kind */
            kind: string;
            /**
             * Occurred On
             * Format: date
             */
            occurred_on: string;
            /** Offline */
            offline: boolean;
            /** Public */
            public: boolean;
            /**
             * Recorded At
             * Format: date-time
             */
            recorded_at: string;
        };
        /** ExtendIn */
        ExtendIn: {
            /**
             * Days
             * @description 延长的工作日数（最长 20 个工作日）
             */
            days: number;
            /**
             * Extended On
             * Format: date
             */
            extended_on: string;
            /**
             * Reason
             * @description 延期理由
             */
            reason: string;
            /**
             * Version
             * @description 操作前看到的案件版本号（防止两人同时操作互相覆盖）
             */
            version: number;
        };
        /**
         * FeeMethod
         * @enum {string}
         */
        FeeMethod: "per_application" | "per_page";
        /** FeeNoticeIn */
        FeeNoticeIn: {
            /**
             * Deadline
             * Format: date
             * @description 缴费期限
             */
            deadline: string;
            /** @description 计收方式（一件申请只能选择一种） */
            method: components["schemas"]["FeeMethod"];
            /**
             * Notified On
             * Format: date
             */
            notified_on: string;
            /**
             * Pages
             * @description 按量计收的页数
             */
            pages?: number | null;
            /**
             * Version
             * @description 操作前看到的案件版本号（防止两人同时操作互相覆盖）
             */
            version: number;
        };
        /** FeePaidIn */
        FeePaidIn: {
            /**
             * Paid On
             * Format: date
             */
            paid_on: string;
            /**
             * Receipt Number
             * @description 缴费凭证号
             */
            receipt_number: string;
            /**
             * Version
             * @description 操作前看到的案件版本号（防止两人同时操作互相覆盖）
             */
            version: number;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /**
         * IdKind
         * @enum {string}
         */
        IdKind: "resident_id" | "passport" | "hk_macao_taiwan" | "uscc";
        /**
         * InboxItem
         * @description An application awaiting confirmation of receipt (one case of it).
         */
        InboxItem: {
            /** Agency Id */
            agency_id: number;
            /** Agency Name */
            agency_name: string | null;
            /**
             * Applicant Name
             * @description 申请人（自然人姓名已脱敏）
             */
            applicant_name: string;
            /** Applicant Type */
            applicant_type: string;
            /**
             * Channel
             * @description online（网上申请）或 api（对接平台）
             */
            channel: string;
            /**
             * Confirm By
             * Format: date
             * @description 应在此日（提交后第 1 个工作日）前确认收到
             */
            confirm_by: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Number */
            number: string;
            /**
             * Overdue For Confirmation
             * @description 已等待超过 1 个工作日仍未确认收到
             */
            overdue_for_confirmation: boolean;
            /** Status */
            status: string;
            /**
             * Submitted At
             * Format: date-time
             */
            submitted_at: string;
            /**
             * Submitted On
             * Format: date
             * @description 提交日期（平台时区）
             */
            submitted_on: string;
            /** Title */
            title: string;
            /** Version */
            version: number;
            /**
             * Waited Working Days
             * @description 自提交之日起已等待的工作日数（按工作日历，提交当日不计）
             */
            waited_working_days: number;
        };
        /** InboxSummary */
        InboxSummary: {
            /** Oldest Submitted On */
            oldest_submitted_on: string | null;
            /**
             * Overdue
             * @description 其中确认超期的
             */
            overdue: number;
            /**
             * Today
             * Format: date
             * @description 计算所依据的今天（平台时区）
             */
            today: string;
            /**
             * Total
             * @description 待确认收到的申请数
             */
            total: number;
        };
        /**
         * InfoForm
         * @enum {string}
         */
        InfoForm: "paper" | "electronic" | "any";
        /**
         * InquiryChannel
         * @enum {string}
         */
        InquiryChannel: "phone" | "in_person" | "online" | "letter";
        /** ItemIn */
        ItemIn: {
            /**
             * Description
             * @description 所需信息的内容描述（文号、时间等特征）
             */
            description: string;
            /**
             * Document Number
             * @description 文号
             */
            document_number?: string | null;
            /**
             * Title
             * @description 所需信息的名称
             */
            title: string;
        };
        /**
         * LetterKind
         * @enum {string}
         */
        LetterKind: "receipt" | "supplement_notice" | "reasons_request" | "extension_notice" | "deferral_notice" | "third_party_consultation" | "consultation_notice" | "third_party_disclosure_notice" | "agency_consultation" | "fee_notice" | "reply";
        /** LetterOut */
        LetterOut: {
            /**
             * Case Id
             * Format: uuid
             */
            case_id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Docx Sha256 */
            docx_sha256: string;
            /** Docx Size */
            docx_size: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Issued On
             * Format: date
             */
            issued_on: string;
            /** Kind */
            kind: string;
            /** Outcome */
            outcome: string | null;
            /** Pdf Sha256 */
            pdf_sha256: string;
            /** Pdf Size */
            pdf_size: number;
            /** Public */
            public: boolean;
            /** Recipient */
            recipient: string;
            /** Title */
            title: string;
        };
        /** LetterRequest */
        LetterRequest: {
            /**
             * Format
             * @default pdf
             * @enum {string}
             */
            format: "pdf" | "docx";
            /**
             * Number
             * @description 申请编号
             */
            number: string;
            /**
             * Query Code
             * @description 查询码
             */
            query_code: string;
        };
        /**
         * LibraryModule
         * @enum {string}
         */
        LibraryModule: "guiding_case" | "theory" | "reference_text";
        /** MyApplication */
        MyApplication: {
            /** Agency Id */
            agency_id: number;
            /** Channel */
            channel: string;
            /** Number */
            number: string;
            /**
             * Submitted On
             * Format: date
             */
            submitted_on: string;
        };
        /** NominateIn */
        NominateIn: {
            /**
             * Body
             * @description 正文；关联案件时可不填，由系统生成并删除个人信息
             */
            body?: string | null;
            /**
             * Case Id
             * @description 推荐的已办结案件（指导案例）
             */
            case_id?: string | null;
            /** Keywords */
            keywords?: string[];
            module: components["schemas"]["LibraryModule"];
            /** Title */
            title?: string | null;
        };
        /** NoteIn */
        NoteIn: {
            /** Text */
            text: string;
        };
        /** NotificationOut */
        NotificationOut: {
            /** Agency Id */
            agency_id: number;
            /** Case Id */
            case_id: unknown;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Due On */
            due_on: string | null;
            /** Id */
            id: number;
            /** Kind */
            kind: string;
            /** Message */
            message: string;
            /** Read At */
            read_at: string | null;
        };
        /** OnlineSupplement */
        OnlineSupplement: {
            /** Attachment Ids */
            attachment_ids?: string[];
            /**
             * Case Id
             * Format: uuid
             */
            case_id: string;
            /**
             * Number
             * @description 申请编号
             */
            number: string;
            /**
             * Query Code
             * @description 查询码
             */
            query_code: string;
            /**
             * Text
             * @description 补正内容
             */
            text: string;
        };
        /** OnlineWithdrawal */
        OnlineWithdrawal: {
            /**
             * Case Id
             * Format: uuid
             */
            case_id: string;
            /**
             * Number
             * @description 申请编号
             */
            number: string;
            /**
             * Query Code
             * @description 查询码
             */
            query_code: string;
            /** Reason */
            reason?: string | null;
        };
        /**
         * Outcome
         * @enum {string}
         */
        Outcome: "disclosed" | "partly_disclosed" | "withheld.state_secret" | "withheld.prohibited_by_law" | "withheld.three_safeties" | "withheld.third_party" | "withheld.internal_affairs" | "withheld.process_info" | "withheld.enforcement_file" | "withheld.inquiry_matter" | "unavailable.not_held" | "unavailable.needs_creation" | "unavailable.unclear_after_supplement" | "not_handled.petition" | "not_handled.repeat" | "not_handled.publication" | "not_handled.excessive" | "not_handled.confirmation" | "other.no_supplement" | "other.fee_unpaid" | "other.other";
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
        /** Page[AppealOut] */
        Page_AppealOut_: {
            /** Items */
            items: components["schemas"]["AppealOut"][];
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
        /** Page[CaseSummary] */
        Page_CaseSummary_: {
            /** Items */
            items: components["schemas"]["CaseSummary"][];
            /** Page */
            page: number;
            /** Pages */
            pages: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[ConsultationOut] */
        Page_ConsultationOut_: {
            /** Items */
            items: components["schemas"]["ConsultationOut"][];
            /** Page */
            page: number;
            /** Pages */
            pages: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[EntryOut] */
        Page_EntryOut_: {
            /** Items */
            items: components["schemas"]["EntryOut"][];
            /** Page */
            page: number;
            /** Pages */
            pages: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[InboxItem] */
        Page_InboxItem_: {
            /** Items */
            items: components["schemas"]["InboxItem"][];
            /** Page */
            page: number;
            /** Pages */
            pages: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[MyApplication] */
        Page_MyApplication_: {
            /** Items */
            items: components["schemas"]["MyApplication"][];
            /** Page */
            page: number;
            /** Pages */
            pages: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[NotificationOut] */
        Page_NotificationOut_: {
            /** Items */
            items: components["schemas"]["NotificationOut"][];
            /** Page */
            page: number;
            /** Pages */
            pages: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /**
         * PostKind
         * @enum {string}
         */
        PostKind: "registered" | "ordinary";
        /** ReadIn */
        ReadIn: {
            /** Ids */
            ids: number[];
        };
        /** ReasonsIn */
        ReasonsIn: {
            /**
             * Reasonable
             * @description 理由是否合理
             */
            reasonable: boolean;
            /**
             * Received On
             * Format: date
             */
            received_on: string;
            /**
             * Reply By
             * @description 理由合理但无法按期答复的，确定的答复日期（条例第三十五条）
             */
            reply_by?: string | null;
            /**
             * Version
             * @description 操作前看到的案件版本号（防止两人同时操作互相覆盖）
             */
            version: number;
        };
        /** ReasonsRequestIn */
        ReasonsRequestIn: {
            /**
             * Deadline
             * Format: date
             * @description 说明理由的期限
             */
            deadline: string;
            /**
             * Requested On
             * Format: date
             */
            requested_on: string;
            /**
             * Version
             * @description 操作前看到的案件版本号（防止两人同时操作互相覆盖）
             */
            version: number;
        };
        /** ReceiveIn */
        ReceiveIn: {
            /**
             * Received On
             * Format: date
             * @description 双方确认之日（网上、传真申请以确认之日为收到申请之日）
             */
            received_on: string;
            /**
             * Version
             * @description 操作前看到的案件版本号（防止两人同时操作互相覆盖）
             */
            version: number;
        };
        /** ReopenIn */
        ReopenIn: {
            /**
             * Appeal Id
             * Format: uuid
             */
            appeal_id: string;
            /**
             * Reopened On
             * Format: date
             */
            reopened_on: string;
            /**
             * Reply Within Working Days
             * @description 复议决定或判决确定的重新答复期限
             * @default 20
             */
            reply_within_working_days: number;
            /**
             * Version
             * @description 操作前看到的案件版本号（防止两人同时操作互相覆盖）
             */
            version: number;
        };
        /** ReturnIn */
        ReturnIn: {
            /** Comment */
            comment: string;
            /**
             * Version
             * @description 操作前看到的案件版本号（防止两人同时操作互相覆盖）
             */
            version: number;
        };
        /** ReviewIn */
        ReviewIn: {
            /** Approve */
            approve: boolean;
            /**
             * Body
             * @description 审核后的正文
             */
            body?: string | null;
            /** Comment */
            comment?: string | null;
            /** Keywords */
            keywords?: string[] | null;
            /** Title */
            title?: string | null;
            /** Version */
            version: number;
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
        /** SplitIn */
        SplitIn: {
            /**
             * Items
             * @description 拆分出的信息项，每项成为一件新案件
             */
            items: components["schemas"]["ItemIn"][];
            /**
             * Version
             * @description 操作前看到的案件版本号（防止两人同时操作互相覆盖）
             */
            version: number;
        };
        /**
         * StaffApplicationIn
         * @description An application that came in person, by post, fax, e-mail or orally, registered by staff with its real
         *     dates. Art. 31: in person — received the day it is handed in; registered post — the day the agency signs for
         *     it; ordinary post — the day the office confirms it with the applicant; fax/e-mail — the day both confirm.
         */
        StaffApplicationIn: {
            /**
             * Agency Id
             * @description 受理机关
             */
            agency_id: number;
            agent?: components["schemas"]["AgentIn"] | null;
            applicant: components["schemas"]["ApplicantIn"];
            /**
             * Attachment Ids
             * @description 身份证明等附件
             */
            attachment_ids?: string[];
            channel: components["schemas"]["Channel"];
            /** @description 获取信息的方式 */
            delivery_method: components["schemas"]["DeliveryMethod"];
            /** @description 获取信息的形式 */
            info_form: components["schemas"]["InfoForm"];
            /**
             * Items
             * @description 所需信息；每一项单独办理
             */
            items: components["schemas"]["ItemIn"][];
            post_kind?: components["schemas"]["PostKind"] | null;
            /**
             * Received On
             * Format: date
             * @description 依条例第三十一条确定的收到申请之日
             */
            received_on: string;
            /**
             * Submitted On
             * Format: date
             * @description 提交（寄出、发送、口头提出）之日
             */
            submitted_on: string;
        };
        /** SubmissionOut */
        SubmissionOut: {
            /** Agency Id */
            agency_id: number;
            /** Cases */
            cases: components["schemas"]["SubmittedCase"][];
            /** Channel */
            channel: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Number
             * @description 申请编号
             */
            number: string;
            /**
             * Query Code
             * @description 查询码（仅显示这一次，请妥善保存）
             */
            query_code?: string | null;
            /**
             * Submitted At
             * Format: date-time
             */
            submitted_at: string;
        };
        /** SubmittedCase */
        SubmittedCase: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Number */
            number: string;
            /** Status */
            status: string;
            /** Title */
            title: string;
        };
        /** SupplementIn */
        SupplementIn: {
            /** Attachment Ids */
            attachment_ids?: string[];
            /**
             * Received On
             * Format: date
             * @description 收到补正之日
             */
            received_on: string;
            /**
             * Text
             * @description 补正内容
             */
            text: string;
            /**
             * Version
             * @description 操作前看到的案件版本号（防止两人同时操作互相覆盖）
             */
            version: number;
        };
        /** SupplementRequestIn */
        SupplementRequestIn: {
            /**
             * Deadline
             * Format: date
             * @description 补正期限（最后一日）
             */
            deadline: string;
            /**
             * Items
             * @description 需要补正的全部事项（一次性告知）
             */
            items: string[];
            /**
             * Requested On
             * Format: date
             * @description 发出补正告知之日
             */
            requested_on: string;
            /**
             * Version
             * @description 操作前看到的案件版本号（防止两人同时操作互相覆盖）
             */
            version: number;
        };
        /** TemplateIn */
        TemplateIn: {
            /**
             * Agency Id
             * @description 默认为本人所在机关
             */
            agency_id?: number | null;
            /**
             * Parts
             * @description 可编辑部分：header, review_body, closing, contact, signature
             */
            parts: {
                [key: string]: string | null;
            };
            /**
             * Version
             * @description 当前版本号（首次保存为 0 或不填）
             */
            version?: number | null;
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
        /** WithdrawIn */
        WithdrawIn: {
            /** Reason */
            reason?: string | null;
            /**
             * Version
             * @description 操作前看到的案件版本号（防止两人同时操作互相覆盖）
             */
            version: number;
            /**
             * Withdrawn On
             * Format: date
             */
            withdrawn_on: string;
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
    list_appeals_api_v1_applications_appeals_get: {
        parameters: {
            query?: {
                case_id?: string | null;
                kind?: components["schemas"]["AppealKind"] | null;
                outcome?: components["schemas"]["AppealOutcome"] | null;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数，最多 100 */
                size?: number;
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
                    "application/json": components["schemas"]["Page_AppealOut_"];
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
    file_appeal_api_v1_applications_appeals_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppealIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealOut"];
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
    get_appeal_api_v1_applications_appeals__appeal_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appeal_id: string;
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
                    "application/json": components["schemas"]["AppealOut"];
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
    decide_api_v1_applications_appeals__appeal_id__decision_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appeal_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealOut"];
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
    appeal_summary_api_v1_applications_appeals_summary_get: {
        parameters: {
            query: {
                year: number;
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
                    "application/json": components["schemas"]["AppealSummary"];
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
    submit_application_api_v1_applications_applications_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionOut"];
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
    register_application_api_v1_applications_applications_register_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffApplicationIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionOut"];
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
    upload_attachment_api_v1_applications_attachments_post: {
        parameters: {
            query: {
                /** @description 文件名（含扩展名） */
                filename: string;
                /** @description identity_proof | power_of_attorney | supplement | evidence | other */
                purpose?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentOut"];
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
    attachment_file_api_v1_applications_attachments__attachment_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachment_id: string;
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
                    "application/json": unknown;
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
    list_cases_api_v1_applications_cases_get: {
        parameters: {
            query?: {
                agency_id?: number | null;
                assigned_to_me?: boolean;
                /** @description 只列出未办结的 */
                open_only?: boolean;
                outcome?: components["schemas"]["Outcome"] | null;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 编号、信息名称或描述 */
                q?: string | null;
                received_from?: string | null;
                received_to?: string | null;
                /** @description 每页条数，最多 100 */
                size?: number;
                /** @description 办理状态（可多选） */
                status?: components["schemas"]["CaseStatus"][] | null;
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
                    "application/json": components["schemas"]["Page_CaseSummary_"];
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
    get_one_api_v1_applications_cases__case_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
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
                    "application/json": components["schemas"]["CaseOut"];
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
    case_approve_reply_api_v1_applications_cases__case_id__approve_reply_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseOut"];
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
    case_archive_api_v1_applications_cases__case_id__archive_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArchiveIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseOut"];
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
    case_assign_api_v1_applications_cases__case_id__assign_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseOut"];
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
    case_dispatch_reply_api_v1_applications_cases__case_id__dispatch_reply_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DispatchIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseOut"];
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
    case_draft_reply_api_v1_applications_cases__case_id__draft_reply_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseOut"];
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
    case_end_consultation_api_v1_applications_cases__case_id__end_consultation_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultEndIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseOut"];
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
    case_extend_api_v1_applications_cases__case_id__extend_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseOut"];
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
    preview_letter_api_v1_applications_cases__case_id__letters_preview_get: {
        parameters: {
            query: {
                format?: "pdf" | "docx";
                kind: components["schemas"]["LetterKind"];
            };
            header?: never;
            path: {
                case_id: string;
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
                    "application/json": unknown;
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
    add_note_api_v1_applications_cases__case_id__notes_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventOut"];
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
    case_notify_fee_api_v1_applications_cases__case_id__notify_fee_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeeNoticeIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseOut"];
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
    case_receive_api_v1_applications_cases__case_id__receive_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiveIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseOut"];
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
    case_receive_reasons_api_v1_applications_cases__case_id__receive_reasons_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonsIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseOut"];
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
    case_receive_supplement_api_v1_applications_cases__case_id__receive_supplement_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupplementIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseOut"];
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
    case_record_delivery_api_v1_applications_cases__case_id__record_delivery_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeliveredIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseOut"];
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
    case_record_payment_api_v1_applications_cases__case_id__record_payment_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeePaidIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseOut"];
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
    case_reopen_api_v1_applications_cases__case_id__reopen_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseOut"];
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
    case_request_reasons_api_v1_applications_cases__case_id__request_reasons_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonsRequestIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseOut"];
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
    case_request_supplement_api_v1_applications_cases__case_id__request_supplement_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupplementRequestIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseOut"];
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
    case_return_reply_api_v1_applications_cases__case_id__return_reply_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseOut"];
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
    case_split_api_v1_applications_cases__case_id__split_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SplitIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummary"][];
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
    case_start_consultation_api_v1_applications_cases__case_id__start_consultation_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseOut"];
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
    case_withdraw_api_v1_applications_cases__case_id__withdraw_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseOut"];
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
    due_soon_api_v1_applications_cases_due_soon_get: {
        parameters: {
            query?: {
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数，最多 100 */
                size?: number;
                /** @description 工作日数，默认按配置 */
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
                    "application/json": components["schemas"]["Page_CaseSummary_"];
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
    overdue_api_v1_applications_cases_overdue_get: {
        parameters: {
            query?: {
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数，最多 100 */
                size?: number;
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
                    "application/json": components["schemas"]["Page_CaseSummary_"];
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
    list_consultations_api_v1_applications_consultations_get: {
        parameters: {
            query?: {
                channel?: components["schemas"]["InquiryChannel"] | null;
                /** @description 页码，从 1 开始 */
                page?: number;
                q?: string | null;
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
                    "application/json": components["schemas"]["Page_ConsultationOut_"];
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
    record_consultation_api_v1_applications_consultations_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultationIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationOut"];
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
    count_consultations_api_v1_applications_consultations_counts_get: {
        parameters: {
            query: {
                since: string;
                until: string;
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
                    "application/json": components["schemas"]["ConsultationCount"][];
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
    all_dictionaries_api_v1_applications_dictionaries_get: {
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
    one_dictionary_api_v1_applications_dictionaries__name__get: {
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
    inbox_api_v1_applications_inbox_get: {
        parameters: {
            query?: {
                /** @description 只列出此机关的 */
                agency_id?: number | null;
                /** @description 只列出确认超期的（已等待超过 1 个工作日） */
                overdue_only?: boolean;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数，最多 100 */
                size?: number;
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
                    "application/json": components["schemas"]["Page_InboxItem_"];
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
    inbox_summary_api_v1_applications_inbox_summary_get: {
        parameters: {
            query?: {
                agency_id?: number | null;
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
                    "application/json": components["schemas"]["InboxSummary"];
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
    get_template_api_v1_applications_letter_templates__kind__get: {
        parameters: {
            query?: {
                agency_id?: number | null;
            };
            header?: never;
            path: {
                kind: components["schemas"]["LetterKind"];
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
                    };
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
    put_template_api_v1_applications_letter_templates__kind__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: components["schemas"]["LetterKind"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplateIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
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
    letter_file_api_v1_applications_letters__letter_id__file_get: {
        parameters: {
            query?: {
                format?: "pdf" | "docx";
            };
            header?: never;
            path: {
                letter_id: string;
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
                    "application/json": unknown;
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
    search_api_v1_applications_library_get: {
        parameters: {
            query?: {
                module?: components["schemas"]["LibraryModule"] | null;
                outcome?: components["schemas"]["Outcome"] | null;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 关键词（空格分隔） */
                q?: string | null;
                /** @description 每页条数，最多 100 */
                size?: number;
                status?: "published" | "nominated" | "rejected";
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
                    "application/json": components["schemas"]["Page_EntryOut_"];
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
    nominate_api_v1_applications_library_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NominateIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryOut"];
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
    get_entry_api_v1_applications_library__entry_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entry_id: string;
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
                    "application/json": components["schemas"]["EntryOut"];
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
    review_api_v1_applications_library__entry_id__review_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryOut"];
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
    my_notifications_api_v1_applications_notifications_get: {
        parameters: {
            query?: {
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数，最多 100 */
                size?: number;
                unread_only?: boolean;
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
                    "application/json": components["schemas"]["Page_NotificationOut_"];
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
    read_api_v1_applications_notifications_read_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReadIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: number;
                    };
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
    download_api_v1_applications_selfservice_letters__letter_id__post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                letter_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LetterRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
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
    lookup_api_v1_applications_selfservice_lookup_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Credentials"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
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
    mine_api_v1_applications_selfservice_mine_get: {
        parameters: {
            query?: {
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数，最多 100 */
                size?: number;
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
                    "application/json": components["schemas"]["Page_MyApplication_"];
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
    my_application_api_v1_applications_selfservice_mine__number__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
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
                    };
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
    my_supplement_api_v1_applications_selfservice_mine__number__cases__case_id__supplement_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountSupplement"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
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
    my_withdraw_api_v1_applications_selfservice_mine__number__cases__case_id__withdraw_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountWithdrawal"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
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
    my_letter_api_v1_applications_selfservice_mine__number__letters__letter_id__get: {
        parameters: {
            query?: {
                format?: "pdf" | "docx";
            };
            header?: never;
            path: {
                letter_id: string;
                number: string;
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
                    "application/json": unknown;
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
    supplement_api_v1_applications_selfservice_supplement_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OnlineSupplement"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
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
    withdraw_api_v1_applications_selfservice_withdraw_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OnlineWithdrawal"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
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
