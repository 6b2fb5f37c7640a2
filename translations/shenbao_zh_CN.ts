<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplicationEditor</name>
    <message>
        <source>← &amp;Previous step</source>
        <translation>← 上一步(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next step →</source>
        <translation>下一步(&amp;N) →</translation>
    </message>
</context>
<context>
    <name>BasicInfoPage</name>
    <message>
        <source>② Basic information</source>
        <translation>② 基本信息</translation>
    </message>
    <message>
        <source>The applicant as on its business licence. Fields with a problem are framed; hover over them to read what would be right.</source>
        <translation>按营业执照填写申报单位信息。有问题的字段会加框标出，鼠标停留其上可查看应如何填写。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位信息</translation>
    </message>
    <message>
        <source>Unit &amp;name (单位名称):</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Unified social &amp;credit code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91440101MA5XXXXXXX</source>
        <translation>18 位，如 91440101MA5XXXXXXX</translation>
    </message>
    <message>
        <source>Unit &amp;type:</source>
        <translation>单位性质(&amp;T)：</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>所在地市(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;District / county:</source>
        <translation>所在区（县）(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Registered address:</source>
        <translation>注册地址(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Mailing address:</source>
        <translation>通讯地址(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>邮政编码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Founded:</source>
        <translation>成立日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Registered capital (万元):</source>
        <translation>注册资本（万元）：</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>法定代表人(&amp;L)：</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>姓名(&amp;A)：</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>Mo&amp;bile:</source>
        <translation>手机(&amp;B)：</translation>
    </message>
    <message>
        <source>13800138000</source>
        <translation>13800138000</translation>
    </message>
    <message>
        <source>Landline:</source>
        <translation>固定电话：</translation>
    </message>
    <message>
        <source>020-12345678</source>
        <translation>020-12345678</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>Staff and R&amp;&amp;D</source>
        <translation>人员与研发</translation>
    </message>
    <message>
        <source>Em&amp;ployees:</source>
        <translation>职工总数(&amp;O)：</translation>
    </message>
    <message>
        <source>R&amp;&amp;D team (研发技术团队人数):</source>
        <translation>研发技术团队人数：</translation>
    </message>
    <message>
        <source>R&amp;&amp;D &amp;institution:</source>
        <translation>研发机构情况(&amp;I)：</translation>
    </message>
    <message>
        <source>Name of the R&amp;&amp;D institution:</source>
        <translation>研发机构名称：</translation>
    </message>
    <message>
        <source>Declarations (basic conditions, notice section 一)</source>
        <translation>基本条件声明（通知第一部分）</translation>
    </message>
    <message>
        <source>Registered in the PRC (在中华人民共和国境内依法注册):</source>
        <translation>在中华人民共和国境内依法注册：</translation>
    </message>
    <message>
        <source>Independent legal person (具有独立法人资格):</source>
        <translation>具有独立法人资格：</translation>
    </message>
    <message>
        <source>Meets statutory safety-production conditions:</source>
        <translation>具备法律法规、标准规定的安全生产条件：</translation>
    </message>
    <message>
        <source>No major safety, environmental or quality accident in 3 years:</source>
        <translation>近3年内未发生重大安全、环保、质量事故：</translation>
    </message>
    <message>
        <source>Not listed as a dishonest judgement debtor (失信被执行人):</source>
        <translation>未被列入失信被执行人：</translation>
    </message>
    <message>
        <source>No bad credit record in 3 years:</source>
        <translation>近3年内无不良信用记录：</translation>
    </message>
    <message>
        <source>No intellectual-property infringement:</source>
        <translation>无知识产权侵权行为：</translation>
    </message>
    <message>
        <source>Evidence of the R&amp;&amp;D team (人员名单或社保证明):</source>
        <translation>研发团队佐证：</translation>
    </message>
    <message>
        <source>Evidence of the R&amp;&amp;D institution (批准或设立文件):</source>
        <translation>研发机构佐证：</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Case</source>
        <translation>典型案例</translation>
    </message>
    <message>
        <source>Case &amp;name (案例名称):</source>
        <translation>案例名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;User (用户单位):</source>
        <translation>用户单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;City (所在地市):</source>
        <translation>所在地市(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Year (年度):</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Contract &amp;amount (万元):</source>
        <translation>合同金额（万元）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>案例简介(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>⑤ Typical cases</source>
        <translation>⑤ 典型案例</translation>
    </message>
    <message>
        <source>Cases of intelligent-manufacturing service to users. A case counts as a Guangdong case when its city is one of the 21 prefecture-level cities of Guangdong. Attach the contract or acceptance record of each case in step ⑨.</source>
        <translation>为用户提供智能制造服务的案例。所在地市为广东省 21 个地级以上市之一的，计为省内案例。请在第⑨步为每个案例附上合同或验收材料。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>CharacterCounter</name>
    <message>
        <source>%1 characters</source>
        <translation>%1 字</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 字</translation>
    </message>
    <message numerus="yes">
        <source> — %n over the limit; shorten before export</source>
        <translation>
            <numerusform> — 超出 %n 字，导出前请删减</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CupsPrintJob</name>
    <message>
        <source>The printer “%1” is not accepting jobs. Enable it in the system’s printer settings (or ask the administrator), then print again.</source>
        <translation>打印机“%1”不接受打印任务。请在系统的打印机设置中启用它（或联系管理员），然后重新打印。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>The printer “%1” is stopped (%2). Resume it in the system’s printer settings, then print again; nothing was sent.</source>
        <translation>打印机“%1”已停止（%2）。请在系统的打印机设置中恢复它，然后重新打印；本次未发送任何内容。</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>The page range selects no page of %1 (it has %2 pages).</source>
        <translation>所选页码范围不包含 %1 的任何页（该文件共 %2 页）。</translation>
    </message>
    <message>
        <source>The print system (CUPS) cannot be reached at %1. Is the cups service running?</source>
        <translation>无法连接打印系统（CUPS，%1）。cups 服务是否在运行？</translation>
    </message>
    <message>
        <source>The print system has no printer “%1”.</source>
        <translation>打印系统中没有打印机“%1”。</translation>
    </message>
    <message>
        <source>The printer “%1” refused the job: %2</source>
        <translation>打印机“%1”拒绝了打印任务：%2</translation>
    </message>
    <message>
        <source>The printer “%1” refused the document: %2</source>
        <translation>打印机“%1”拒绝了文档：%2</translation>
    </message>
    <message>
        <source>Sending to the printer “%1” failed: %2</source>
        <translation>发送到打印机“%1”失败：%2</translation>
    </message>
    <message>
        <source>Sending to %1</source>
        <translation>正在发送到 %1</translation>
    </message>
    <message>
        <source>Printing was cancelled; job %1 was removed from the queue.</source>
        <translation>打印已取消；任务 %1 已从队列中删除。</translation>
    </message>
</context>
<context>
    <name>DomainDetailPage</name>
    <message>
        <source>⑦ Domain-specific information</source>
        <translation>⑦ 领域专项</translation>
    </message>
    <message>
        <source>Choose a domain in step ① first.</source>
        <translation>请先在第①步选择申报领域。</translation>
    </message>
    <message>
        <source>Development environment (软硬件设施及开发环境):</source>
        <translation>与软件开发相适应的软硬件设施及开发环境：</translation>
    </message>
    <message>
        <source>Independent third-party service to manufacturers (第三方独立服务):</source>
        <translation>为制造业企业提供第三方独立服务：</translation>
    </message>
    <message>
        <source>OT/IT fusion of products or services (OT/IT 深度融合):</source>
        <translation>产品或服务的 OT/IT 深度融合特点：</translation>
    </message>
    <message>
        <source>Main business is intelligent-manufacturing solutions (主营业务为智能制造系统解决方案):</source>
        <translation>主营业务为智能制造研究、开发和生产以及提供系统解决方案：</translation>
    </message>
    <message>
        <source>Regulated operation with sound rules (运作规范、规章制度健全):</source>
        <translation>运作规范、规章制度健全：</translation>
    </message>
    <message>
        <source>Development plan with annual goals (发展规划与年度目标):</source>
        <translation>发展规划与年度目标：</translation>
    </message>
    <message>
        <source>Platform staff (平台从业人员):</source>
        <translation>平台从业人员：</translation>
    </message>
    <message>
        <source>Of whom bachelor or intermediate title and above:</source>
        <translation>其中本科以上学历或中级以上职称人员：</translation>
    </message>
    <message>
        <source>Choose the kind of unit of the talent domain in step ① first.</source>
        <translation>请先在第①步选择人才领域的单位类别。</translation>
    </message>
    <message>
        <source>Partner enterprises that designed programmes with you (合作企业); tick those with a co-built internship base:</source>
        <translation>共同设计专业培养方案的合作企业；共建学生实习基地的请勾选：</translation>
    </message>
    <message>
        <source>Practitioners hired as instructors (聘请企业技术人员担任教师):</source>
        <translation>聘请企业技术人员担任教师：</translation>
    </message>
    <message>
        <source>Technology at a nationally advanced level (技术水平国内先进):</source>
        <translation>技术水平处于国内先进水平：</translation>
    </message>
    <message>
        <source>The R&amp;D team (②) and core invention patents (④) count as well.</source>
        <translation>研发技术团队（②）和核心发明专利（④）同样计入。</translation>
    </message>
    <message>
        <source>Intelligent-manufacturing programmes built with colleges (共建学科专业点):</source>
        <translation>与院校共建的智能制造相关学科专业点：</translation>
    </message>
    <message>
        <source>Fixed premises in Guangdong (在广东省内有固定的经营服务场所):</source>
        <translation>在广东省内有固定的经营服务场所：</translation>
    </message>
    <message>
        <source>Featured financial products for intelligent manufacturing (特色金融产品):</source>
        <translation>面向智能制造的特色金融产品：</translation>
    </message>
    <message>
        <source>Project &amp;name (项目名称):</source>
        <translation>项目名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Completed on (建成时间):</source>
        <translation>建成时间(&amp;C)：</translation>
    </message>
    <message>
        <source>Results achieved (取得成效):</source>
        <translation>取得成效：</translation>
    </message>
    <message>
        <source>Own brand of the equipment products (智能制造装备产品自主品牌):</source>
        <translation>智能制造装备产品自主品牌：</translation>
    </message>
    <message>
        <source>Technology level, domestic leading position (技术水平):</source>
        <translation>技术水平（国内领先地位）：</translation>
    </message>
    <message>
        <source>Sales scale in Guangdong or China (销售规模):</source>
        <translation>在省内或国内的销售规模：</translation>
    </message>
    <message>
        <source>The other equipment conditions use your patents (④), R&amp;D team and institution (②) and main business revenue (③).</source>
        <translation>装备领域的其他条件使用知识产权（④）、研发团队和研发机构（②）以及主营业务收入（③）。</translation>
    </message>
    <message>
        <source>Main business (主营业务):</source>
        <translation>主营业务：</translation>
    </message>
    <message>
        <source>System-integration revenue in main business revenue (系统集成服务收入占比, %):</source>
        <translation>智能制造系统集成服务收入占主营业务收入比重（%）：</translation>
    </message>
    <message>
        <source>Industry served (所属行业领域):</source>
        <translation>所属行业领域：</translation>
    </message>
    <message>
        <source>Leading position in that industry (领先地位):</source>
        <translation>在所属行业领域的领先地位：</translation>
    </message>
    <message>
        <source>Cooperation agreement of the selected partner (合作协议):</source>
        <translation>所选合作企业的合作协议：</translation>
    </message>
    <message>
        <source>Determined together with the partner enterprises (与合作企业共同研究确定)</source>
        <translation>与合作企业共同研究确定的内容</translation>
    </message>
    <message>
        <source>Specialty building (专业建设):</source>
        <translation>专业建设：</translation>
    </message>
    <message>
        <source>Curriculum (课程设置):</source>
        <translation>课程设置：</translation>
    </message>
    <message>
        <source>Training plan (培养计划):</source>
        <translation>培养计划：</translation>
    </message>
    <message>
        <source>Faculty building (师资建设):</source>
        <translation>师资建设：</translation>
    </message>
    <message>
        <source>R&amp;D topics (研发课题):</source>
        <translation>研发课题：</translation>
    </message>
    <message>
        <source>Student internship plan (学生实习方案):</source>
        <translation>学生实习方案：</translation>
    </message>
    <message>
        <source>Number of instructors (指导教师人数):</source>
        <translation>指导教师人数：</translation>
    </message>
    <message>
        <source>Instructors&apos; names (指导教师姓名):</source>
        <translation>指导教师姓名：</translation>
    </message>
    <message>
        <source>Appointment letters (聘书或聘用证明):</source>
        <translation>聘书或聘用证明：</translation>
    </message>
    <message>
        <source>Co-built student internship bases (共建学生实习基地):</source>
        <translation>共建学生实习基地：</translation>
    </message>
    <message>
        <source>Location (建设地点):</source>
        <translation>建设地点：</translation>
    </message>
    <message>
        <source>Construction started (建设起始日期):</source>
        <translation>建设起始日期：</translation>
    </message>
    <message>
        <source>Total investment (项目总投资, 万元):</source>
        <translation>项目总投资（万元）：</translation>
    </message>
    <message>
        <source>Acceptance report or proof of completion (验收报告或建成证明):</source>
        <translation>验收报告或建成证明：</translation>
    </message>
    <message>
        <source>Demonstration value and value for promotion (示范意义和推广价值):</source>
        <translation>示范意义和推广价值：</translation>
    </message>
    <message>
        <source>Willing to help sum up the experience and promote the model (愿意主动配合总结经验，推广模式):</source>
        <translation>项目单位愿意主动配合总结经验，推广模式：</translation>
    </message>
    <message>
        <source>E-commerce share of sales (电子商务实现的销售收入比重, %):</source>
        <translation>主营业务收入中通过电子商务实现的销售收入比重（%）：</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>① Domain</source>
        <translation>① 申报领域</translation>
    </message>
    <message>
        <source>Choose the one domain you apply for. Each line sums up its conditions (Attachment 1); the checks panel on the right shows them in full as you fill in the form.</source>
        <translation>选择一个申报领域。每行概括了该领域的遴选条件（附件1）；填写过程中，右侧的检查面板会完整显示各项条件。</translation>
    </message>
    <message>
        <source>Kind of unit (talent domain)</source>
        <translation>单位类别（智能制造人才领域）</translation>
    </message>
    <message>
        <source>Unit &amp;kind:</source>
        <translation>单位类别(&amp;K)：</translation>
    </message>
    <message>
        <source>Table of element conditions (pilot demonstration domain)</source>
        <translation>要素条件表（智能制造试点示范领域）</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>要素条件表(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Sub-table:</source>
        <translation>细分类别(&amp;S)：</translation>
    </message>
    <message>
        <source>Route of recognition</source>
        <translation>认定方式</translation>
    </message>
    <message>
        <source>&amp;Selected as a partner in the first batch (2021):</source>
        <translation>是否已入选第一批合作伙伴（2021年）(&amp;S)：</translation>
    </message>
    <message>
        <source>Units holding any of the qualifications below may be recognised directly after expert review (直接认定). Tick those you hold and attach each certificate in step ⑨.</source>
        <translation>已取得下列任意一项资质的单位，经专家复核后可予以直接认定。请勾选已取得的资质，并在第⑨步附上相应证明材料。</translation>
    </message>
</context>
<context>
    <name>DossierPrinter</name>
    <message>
        <source>%1: the PDF cannot be read</source>
        <translation>%1：无法读取该 PDF</translation>
    </message>
    <message>
        <source>The printer cannot be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>打印已取消。</translation>
    </message>
</context>
<context>
    <name>EvaluationText</name>
    <message>
        <source>Eligible: every condition is met</source>
        <translation>符合申报条件：各项条件均已符合</translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n condition(s) need more data</source>
        <translation>
            <numerusform>待补充：%n 项条件需要补充数据</numerusform>
        </translation>
    </message>
    <message>
        <source>Already selected in the first batch (2021): no need to apply again</source>
        <translation>已入选第一批合作伙伴（2021年）：无需重复申报</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>待补充</translation>
    </message>
    <message>
        <source>already a partner</source>
        <translation>已入选第一批</translation>
    </message>
    <message>
        <source>The figures qualify. Attach the missing evidence and correct the marked fields, then export.</source>
        <translation>各项数据已符合条件。请补齐缺少的佐证材料、修正标出的字段后再导出。</translation>
    </message>
    <message>
        <source>Everything is in place. Go to 导出与打印 to bind the dossier.</source>
        <translation>一切就绪。请到“导出与打印”生成装订用的申报材料。</translation>
    </message>
    <message>
        <source>Check the conditions marked 不符合. If the data are right, the application does not meet the call; you can still export, and the cover says so.</source>
        <translation>请核对标为“不符合”的条件。如数据无误，则本次申报不符合通知要求；仍可导出，封面将注明“条件未全部符合”。</translation>
    </message>
    <message>
        <source>Fill in what the conditions marked 待补充 need; click an entry to go there.</source>
        <translation>请补充标为“待补充”的条件所需的数据；点击条目即可跳转到相应位置。</translation>
    </message>
    <message>
        <source>Units selected in 2021 need not apply again (notice, section 1).</source>
        <translation>2021年已入选第一批合作伙伴名单的单位无需重复申报（通知第一部分）。</translation>
    </message>
    <message numerus="yes">
        <source>Not eligible: %n condition(s) not met (%1)</source>
        <translation>
            <numerusform>不符合申报条件：%n 项条件不符合（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the form</source>
        <translation>
            <numerusform>表单中有 %n 处问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every condition is met, but %n problem(s) in the form must be corrected before export</source>
        <translation>
            <numerusform>各项条件均已符合，但表单中有 %n 处问题须在导出前改正</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the checks panel)</source>
        <translation>
            <numerusform>……另有 %n 项（见检查面板）</numerusform>
        </translation>
    </message>
    <message>
        <source>Every condition is met, so the cover carries no stamp, but the dossier is not complete.</source>
        <translation>各项条件均已符合，封面不加盖「条件未全部符合」，但申报材料尚不完整。</translation>
    </message>
    <message>
        <source>The cover will be stamped 「条件未全部符合」 (not all conditions met) and name %1.</source>
        <translation>封面将加盖「条件未全部符合」，并注明 %1。</translation>
    </message>
    <message>
        <source>Export anyway?</source>
        <translation>仍要导出吗？</translation>
    </message>
    <message>
        <source>Every condition is met. Correct the problems listed under 「To do before export」; click an entry to go to its field.</source>
        <translation>各项条件均已符合。请改正「导出前须处理」中列出的问题；单击条目可转到相应字段。</translation>
    </message>
    <message numerus="yes">
        <source>still %n to add</source>
        <comment>a list short of items</comment>
        <translation>
            <numerusform>还差 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lists not complete yet: %n more item(s) to add (%1)</source>
        <translation>
            <numerusform>清单尚未填完：还差 %n 项（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s) need more data</source>
        <translation>
            <numerusform>%n 项条件待补充</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep entering the lists: %n more item(s) would meet the conditions. If a list is complete as it is, the application does not meet the call.</source>
        <translation>
            <numerusform>请继续填写清单：再有 %n 项即可符合条件。如清单已填完，则不符合申报条件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>⑨ Evidence</source>
        <translation>⑨ 佐证材料</translation>
    </message>
    <message>
        <source>Drag PDF, JPEG, PNG or TIFF files onto this page, or click Add files. The files are copied into the project file. Give each a category and say what it proves; the dossier binds them in this order.</source>
        <translation>将 PDF、JPEG、PNG 或 TIFF 文件拖放到本页，或点击“添加文件”。文件会复制到项目文件中。请为每个文件选择类别并注明其证明的事项；申报材料按此顺序装订。</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;place file…</source>
        <translation>替换文件(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Selected file</source>
        <translation>所选文件</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Year of the report:</source>
        <translation>报告年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Title (printed in the dossier):</source>
        <translation>标题（印在申报材料中）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Proves:</source>
        <translation>证明事项(&amp;P)：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Cancel adding</source>
        <translation>取消添加(&amp;C)</translation>
    </message>
</context>
<context>
    <name>EvidencePickerDialog</name>
    <message>
        <source>Link evidence</source>
        <translation>关联佐证材料</translation>
    </message>
    <message>
        <source>No evidence is attached yet. Attach the files in step ⑨ Evidence, then link them here.</source>
        <translation>尚未添加佐证材料。请先在第⑨步“佐证材料”中添加文件，再回到这里关联。</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>⑪ Export and print</source>
        <translation>⑪ 导出与打印</translation>
    </message>
    <message>
        <source>Dossier (bound PDF)</source>
        <translation>申报材料（装订用 PDF）</translation>
    </message>
    <message>
        <source>&amp;Double-sided: each part starts on a right-hand page (blank pages say 「此页无正文」)</source>
        <translation>双面打印(&amp;D)：每部分从奇数页开始（插入的空白页注明「此页无正文」）</translation>
    </message>
    <message>
        <source>&amp;Mark each copy on its cover 「第 k 份 / 共 4 份」 (the PDF then holds all four copies)</source>
        <translation>在封面标注份数「第 k 份 / 共 4 份」(&amp;M)（PDF 将包含全部四份）</translation>
    </message>
    <message>
        <source>&amp;Export dossier PDF…</source>
        <translation>导出申报材料 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Exported dossier</source>
        <translation>已导出的申报材料</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>页数：</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>指纹（SHA-256）：</translation>
    </message>
    <message>
        <source>&amp;View in Shenbao</source>
        <translation>在本软件中查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Print 4 copies…</source>
        <translation>打印四份(&amp;P)…</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>打开所在文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>The notice asks for four bound copies (一式四份) for the district. Print double-sided, bind each copy on the left edge, and seal the cover and the pledge.</source>
        <translation>按通知要求，申报材料装订成册后一式四份送所属辖区工业和信息化主管部门。请双面打印，每份在左侧装订，并在封面和承诺书上加盖公章。</translation>
    </message>
    <message>
        <source>Attachment 3 row (推荐汇总表)</source>
        <translation>附件3 推荐汇总表（本单位一行）</translation>
    </message>
    <message>
        <source>Your line of the summary table that the district and city fill in, as an Excel file; its figures come from your data and cannot contradict the dossier.</source>
        <translation>区、市工信部门填写的推荐汇总表中本单位的一行（Excel 文件）；其中数据取自申报数据，与申报材料一致。</translation>
    </message>
    <message>
        <source>Export Attachment &amp;3 row (XLSX)…</source>
        <translation>导出附件3汇总表行(&amp;3)（XLSX）…</translation>
    </message>
    <message>
        <source>Fill-in &amp;date (填报日期) on the cover and in the Attachment 3 row:</source>
        <translation>封面和附件3汇总表行中的填报日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Unchecked: the day the project last changed (China time), so that exporting twice gives the same file.</source>
        <translation>不勾选时取项目最后一次修改的日期（北京时间），使两次导出得到相同的文件。</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>FinancePage</name>
    <message>
        <source>③ Operations</source>
        <translation>③ 经营情况</translation>
    </message>
    <message>
        <source>Amounts in 万元 as in the audit reports, up to four decimals (0.0001 万元 = 1 元). A year left empty counts as not filled in, not as zero.</source>
        <translation>按审计报告填写，单位为万元，最多四位小数（0.0001 万元 = 1 元）。留空的年度视为未填写，而不是零。</translation>
    </message>
    <message>
        <source>Operations in the last three years (万元)</source>
        <translation>近三年经营情况（万元）</translation>
    </message>
    <message>
        <source>Year \ 万元</source>
        <translation>年度 \ 万元</translation>
    </message>
    <message>
        <source>Operating revenue
(营业收入)</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <source>Main business revenue
(主营业务收入)</source>
        <translation>主营业务收入</translation>
    </message>
    <message>
        <source>Total profit
(利润总额)</source>
        <translation>利润总额</translation>
    </message>
    <message>
        <source>R&amp;D spending
(研发投入)</source>
        <translation>研发投入</translation>
    </message>
    <message>
        <source>Three-year average (三年平均)</source>
        <translation>三年平均</translation>
    </message>
</context>
<context>
    <name>NarrativePage</name>
    <message>
        <source>⑧ Profile and plan</source>
        <translation>⑧ 简介与规划</translation>
    </message>
    <message>
        <source>These texts are printed in the form as written. Characters are counted as a reader counts them; a text over its limit is kept but must be shortened before export.</source>
        <translation>以下内容按原文印入申报书。字数按字符计算；超出字数限制的内容会保留，但导出前须删减。</translation>
    </message>
    <message>
        <source>五、单位简介 (profile of the unit)</source>
        <translation>五、单位简介</translation>
    </message>
    <message>
        <source>六、主要产品、技术或服务 (main products, technologies or services)</source>
        <translation>六、主要产品、技术或服务</translation>
    </message>
    <message>
        <source>八、发展规划 (development plan)</source>
        <translation>八、发展规划</translation>
    </message>
</context>
<context>
    <name>OtherQualificationDialog</name>
    <message>
        <source>Other qualification</source>
        <translation>其他资质认定</translation>
    </message>
    <message>
        <source>&amp;Qualification (资质名称):</source>
        <translation>资质名称(&amp;Q)：</translation>
    </message>
    <message>
        <source>e.g. 高新技术企业</source>
        <translation>例如：高新技术企业</translation>
    </message>
    <message>
        <source>&amp;Issued by (认定机构):</source>
        <translation>认定机构(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Granted on (认定日期):</source>
        <translation>认定日期(&amp;G)：</translation>
    </message>
    <message>
        <source>2021-12-20</source>
        <translation>2021-12-20</translation>
    </message>
    <message>
        <source>Evidence (证书):</source>
        <translation>资质证书：</translation>
    </message>
</context>
<context>
    <name>PatentCsv</name>
    <message>
        <source>The file is not UTF-8. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>该文件不是 UTF-8 编码。请另存为“CSV UTF-8”后重新导入。</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <source>Kind &quot;%1&quot; is not 发明专利, 实用新型专利 or 外观设计专利; left empty.</source>
        <translation>类型“%1”不是发明专利、实用新型专利或外观设计专利，已留空。</translation>
    </message>
    <message>
        <source>Grant date &quot;%1&quot; is not a date such as 2020-06-01; left empty.</source>
        <translation>授权日期“%1”不是日期（应如 2020-06-01），已留空。</translation>
    </message>
    <message>
        <source>Core &quot;%1&quot; is neither 是 nor 否; left empty.</source>
        <translation>核心“%1”既不是“是”也不是“否”，已留空。</translation>
    </message>
    <message>
        <source>The file contains no patents.</source>
        <translation>文件中没有专利。</translation>
    </message>
</context>
<context>
    <name>PatentDialog</name>
    <message>
        <source>Patent</source>
        <translation>专利</translation>
    </message>
    <message>
        <source>Patent &amp;title (专利名称):</source>
        <translation>专利名称(&amp;T)：</translation>
    </message>
    <message>
        <source>Patent &amp;number (专利号):</source>
        <translation>专利号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>专利类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Granted on:</source>
        <translation>授权日期(&amp;G)：</translation>
    </message>
    <message>
        <source>Core patent of the &amp;domain:</source>
        <translation>属于申报领域的核心专利(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>PatentsPage</name>
    <message>
        <source>④ Intellectual property</source>
        <translation>④ 知识产权</translation>
    </message>
    <message>
        <source>List your patents. Only invention patents that belong to the chosen domain (mark them as core) and are already granted count as core invention patents (核心发明专利). Attach each certificate in step ⑨. A CSV file with the columns 专利名称, 专利号, 类型, 授权日期, 核心 can be imported.</source>
        <translation>列出本单位的专利。只有属于申报领域（标为核心）且已授权的发明专利计为核心发明专利。请在第⑨步为每项专利附上证书。可导入含“专利名称、专利号、类型、授权日期、核心”列的 CSV 文件。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Import from &amp;CSV…</source>
        <translation>从 CSV 导入(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Software copyrights (软件著作权):</source>
        <translation>软件著作权数量(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>PrintService</name>
    <message>
        <source>Printed to a file: the pages were drawn as images, without the print system.</source>
        <translation>已打印到文件：各页以图像方式绘制，未经过打印系统。</translation>
    </message>
    <message>
        <source>No printer was chosen.</source>
        <translation>未选择打印机。</translation>
    </message>
    <message>
        <source>The print system (CUPS) does not know the printer “%1”: the pages were drawn as images, which is slower and leaves no searchable text.</source>
        <translation>打印系统（CUPS）中没有打印机“%1”：各页以图像方式绘制，速度较慢，且文字不可检索。</translation>
    </message>
    <message>
        <source>On this system the pages are drawn as images for the printer.</source>
        <translation>在此系统上，各页以图像方式绘制后送往打印机。</translation>
    </message>
    <message>
        <source>%1: the PDF cannot be read</source>
        <translation>%1：无法读取该 PDF</translation>
    </message>
    <message numerus="yes">
        <source>Sent to printer “%1”: %n copies, %2 sheets (%3 pages each), job %4.</source>
        <translation>
            <numerusform>已发送到打印机“%1”：%n 份，共 %2 张纸（每份 %3 页），任务号 %4。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed on “%1”: %n copies, %2 sheets (%3 pages each).</source>
        <translation>
            <numerusform>已在“%1”上打印：%n 份，共 %2 张纸（每份 %3 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>Registered in mainland China according to law</source>
        <translation>境内依法注册</translation>
    </message>
    <message>
        <source>Independent legal person</source>
        <translation>独立法人资格</translation>
    </message>
    <message>
        <source>Meets the conditions for safe production</source>
        <translation>具备安全生产条件</translation>
    </message>
    <message>
        <source>No major safety, environmental or quality accident in the last 3 years</source>
        <translation>近3年内未发生重大安全、环保、质量事故</translation>
    </message>
    <message>
        <source>Not listed as a dishonest judgment debtor</source>
        <translation>未列入失信被执行人</translation>
    </message>
    <message>
        <source>No bad credit record in the last 3 years</source>
        <translation>近3年内无不良信用记录</translation>
    </message>
    <message>
        <source>No infringement of intellectual property</source>
        <translation>无知识产权侵权行为</translation>
    </message>
    <message>
        <source>Typical cases in Guangdong</source>
        <translation>省内典型案例</translation>
    </message>
    <message>
        <source>Typical cases in Guangdong in %1</source>
        <translation>%1年度省内典型案例</translation>
    </message>
    <message>
        <source>Intelligent manufacturing service cases of %1</source>
        <translation>%1年度智能制造服务案例</translation>
    </message>
    <message>
        <source>Core invention patents</source>
        <translation>核心发明专利</translation>
    </message>
    <message>
        <source>R&amp;D team</source>
        <translation>研发技术团队</translation>
    </message>
    <message>
        <source>Development environment</source>
        <translation>开发环境</translation>
    </message>
    <message>
        <source>Provides independent third-party services</source>
        <translation>提供第三方独立服务</translation>
    </message>
    <message>
        <source>Deep OT/IT integration</source>
        <translation>OT/IT深度融合特点</translation>
    </message>
    <message>
        <source>Main business is intelligent manufacturing system solutions</source>
        <translation>主营智能制造系统解决方案</translation>
    </message>
    <message>
        <source>Run properly, with complete rules and regulations</source>
        <translation>运作规范、规章制度健全</translation>
    </message>
    <message>
        <source>Development plan and annual goals</source>
        <translation>发展规划与年度目标</translation>
    </message>
    <message>
        <source>Platform staff</source>
        <translation>平台从业人员</translation>
    </message>
    <message>
        <source>Staff with a bachelor&apos;s degree or intermediate title or above</source>
        <translation>本科或中级职称以上人员</translation>
    </message>
    <message>
        <source>Fixed business premises in Guangdong</source>
        <translation>省内有固定的经营服务场所</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>从业人员</translation>
    </message>
    <message>
        <source>Distinctive financial products</source>
        <translation>特色金融产品</translation>
    </message>
    <message>
        <source>Partner enterprises</source>
        <translation>合作企业</translation>
    </message>
    <message>
        <source>Technicians or senior technicians hired as instructors</source>
        <translation>聘请技师、高级技师等担任指导教师</translation>
    </message>
    <message>
        <source>Technology and products at an advanced national level or above</source>
        <translation>技术和产品具有国内先进以上水平</translation>
    </message>
    <message>
        <source>Jointly built intelligent manufacturing programmes</source>
        <translation>共建智能制造相关专业点</translation>
    </message>
    <message>
        <source>Results of the project</source>
        <translation>项目成效</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>Credit China report</source>
        <translation>信用中国报告</translation>
    </message>
    <message>
        <source>Legal person registration certificate (business licence or public institution certificate)</source>
        <translation>法人登记证书（营业执照或事业单位法人证书）</translation>
    </message>
    <message>
        <source>Audit report of %1</source>
        <translation>%1年度审计报告</translation>
    </message>
    <message>
        <source>Audit report or financial statements of %1</source>
        <translation>%1年度审计报告或财务报表</translation>
    </message>
    <message>
        <source>Evidence of the R&amp;D institution (approval or founding document)</source>
        <translation>研发机构证明材料（批准或设立文件）</translation>
    </message>
    <message>
        <source>Staff list or social insurance records of the R&amp;D team</source>
        <translation>研发技术团队人员名单或社保证明</translation>
    </message>
    <message>
        <source>School-enterprise cooperation agreement with %1</source>
        <translation>与%1的校企合作协议</translation>
    </message>
    <message>
        <source>Instructors&apos; letters of appointment</source>
        <translation>指导教师聘书或聘用证明</translation>
    </message>
    <message>
        <source>Evidence for element %1</source>
        <translation>要素条件第%1项的证明材料</translation>
    </message>
    <message>
        <source>Acceptance report or proof of completion of the project</source>
        <translation>项目验收报告或建成证明</translation>
    </message>
    <message>
        <source>Selected in the first batch of partners (2021): not filled in</source>
        <translation>是否已入选2021年第一批合作伙伴：未填写</translation>
    </message>
    <message>
        <source>Selected in the first batch of partners (2021): no need to apply again</source>
        <translation>已入选2021年第一批合作伙伴名单，无需重复申报</translation>
    </message>
    <message>
        <source>Not a partner of the first batch</source>
        <translation>未入选第一批合作伙伴</translation>
    </message>
    <message>
        <source>Qualifications held: %1 (%2)</source>
        <translation>已取得资质 %1 项：%2</translation>
    </message>
    <message>
        <source>%1 qualification(s) entered, but no type chosen</source>
        <translation>已填写 %1 项资质，但未选择资质类型</translation>
    </message>
    <message>
        <source>No qualification for direct recognition: selection by review</source>
        <translation>未填写可直接认定的资质，按评审遴选</translation>
    </message>
    <message>
        <source>Unified social credit code: not filled in</source>
        <translation>统一社会信用代码：未填写</translation>
    </message>
    <message>
        <source>Unified social credit code %1</source>
        <translation>统一社会信用代码 %1</translation>
    </message>
    <message>
        <source>Business licence, audit reports, Credit China report: attached</source>
        <translation>营业执照、审计报告、信用中国报告：已附</translation>
    </message>
    <message>
        <source>Business figures of the last three years not filled in: %1</source>
        <translation>近三年经营情况未填写：%1年度</translation>
    </message>
    <message>
        <source>Main business revenue missing for %1</source>
        <translation>缺少%1年度主营业务收入</translation>
    </message>
    <message>
        <source>The total main business revenue is too large to compute; check the amounts</source>
        <translation>主营业务收入合计超出可计算的范围，请核对金额</translation>
    </message>
    <message>
        <source>Average main business revenue of the last three years: %1 (10,000 yuan; at least %2 required)</source>
        <translation>近三年平均主营业务收入 %1 万元（要求 %2 万元以上）</translation>
    </message>
    <message>
        <source>R&amp;D institution: %1</source>
        <translation>研发机构：%1</translation>
    </message>
    <message>
        <source>R&amp;D institution: not filled in</source>
        <translation>研发机构情况：未填写</translation>
    </message>
    <message>
        <source>Staff with a bachelor&apos;s degree or intermediate title or above: %1 (platform staff not filled in, so no share can be computed)</source>
        <translation>本科或中级职称以上人员 %1 人（平台从业人员未填写，无法计算占比）</translation>
    </message>
    <message>
        <source>Staff with a bachelor&apos;s degree or intermediate title or above: %1 / %2 (%3; at least %4% required)</source>
        <translation>本科或中级职称以上人员 %1 / %2 人（%3，要求 %4% 以上）</translation>
    </message>
    <message>
        <source>Student internship bases built jointly: %1</source>
        <translation>共建学生实习基地 %1 家</translation>
    </message>
    <message>
        <source>Student internship bases built jointly: none</source>
        <translation>共建学生实习基地：无</translation>
    </message>
    <message>
        <source>Student internship bases built jointly: not filled in</source>
        <translation>共建学生实习基地：未填写</translation>
    </message>
    <message>
        <source>Partner enterprises: not filled in</source>
        <translation>合作企业：未填写</translation>
    </message>
    <message>
        <source>Jointly built programmes: not filled in</source>
        <translation>共建专业点：未填写</translation>
    </message>
    <message>
        <source>Distinctive financial products: not filled in</source>
        <translation>特色金融产品：未填写</translation>
    </message>
    <message>
        <source>%1 element(s) answered, the chosen table has %2: answer the table element by element</source>
        <translation>要素条件已填写 %1 项，所选表共 %2 项，请按表逐项填写</translation>
    </message>
    <message>
        <source>%1 of %2 elements met</source>
        <translation>要素条件共 %2 项，符合 %1 项</translation>
    </message>
    <message>
        <source>%1 of %2 elements met (not met: element %3)</source>
        <translation>要素条件共 %2 项，符合 %1 项（第%3项不符合）</translation>
    </message>
    <message>
        <source>%1 of %2 elements met (to complete: element %3)</source>
        <translation>要素条件共 %2 项，符合 %1 项（第%3项待补充）</translation>
    </message>
    <message>
        <source>Share of sales made through e-commerce: not filled in</source>
        <translation>电子商务实现的销售收入比重：未填写</translation>
    </message>
    <message>
        <source>Share of sales made through e-commerce: %1% (at least %2% required)</source>
        <translation>电子商务实现的销售收入比重 %1%（要求不低于 %2%）</translation>
    </message>
    <message>
        <source>No pilot demonstration category chosen (tables 1.1-1.6)</source>
        <translation>未选择试点示范类别（表1.1–表1.6）</translation>
    </message>
    <message>
        <source>This call has no element table for the chosen category</source>
        <translation>本次申报没有所选类别的要素条件表</translation>
    </message>
    <message>
        <source>The chosen subcategory is not in table %1: choose again</source>
        <translation>所选子类别不属于表%1，请重新选择</translation>
    </message>
    <message>
        <source>No subcategory of table %1 chosen</source>
        <translation>未选择表%1的子类别</translation>
    </message>
    <message>
        <source>Pilot demonstration project: not filled in</source>
        <translation>试点示范项目：未填写</translation>
    </message>
    <message>
        <source>Completion date of the project: not filled in</source>
        <translation>项目建成日期：未填写</translation>
    </message>
    <message>
        <source>Project completed on %1</source>
        <translation>项目已于%1建成</translation>
    </message>
    <message>
        <source>Completion date %1 is after %2: the project is not completed yet</source>
        <translation>项目建成日期%1晚于%2，尚未建成</translation>
    </message>
    <message>
        <source>Kind of talent unit not chosen</source>
        <translation>未选择人才领域单位类型</translation>
    </message>
    <message>
        <source>This condition needs a newer version of the tool: please update it</source>
        <translation>此条件需由新版本软件评估，请更新申报工具</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>date format of problem messages</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>%1 (10,000 yuan)</source>
        <comment>an amount in 万元</comment>
        <translation>%1 万元</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source> “%1”</source>
        <comment>a title after a name</comment>
        <translation>《%1》</translation>
    </message>
    <message>
        <source>Qualification %1</source>
        <translation>第%1项资质</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
    <message>
        <source>Patent %1</source>
        <translation>第%1项专利</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>专利</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>第%1个案例</translation>
    </message>
    <message>
        <source>Case “%1”</source>
        <translation>案例《%1》</translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>the customer after a case</comment>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>a patent number is “ZL”, an application number of 8 or 12 digits, a dot and the check character, e.g. ZL201710601862.3</source>
        <translation>专利号应为「ZL」加8位或12位申请号、小数点和校验位，如 ZL201710601862.3</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Date of founding</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Registered capital</source>
        <translation>注册资本</translation>
    </message>
    <message>
        <source>City</source>
        <translation>所在城市</translation>
    </message>
    <message>
        <source>Total employees</source>
        <translation>职工总数</translation>
    </message>
    <message>
        <source>R&amp;D team size</source>
        <translation>研发技术团队人数</translation>
    </message>
    <message>
        <source>Revenue of %1</source>
        <translation>%1年营业收入</translation>
    </message>
    <message>
        <source>Main business revenue of %1</source>
        <translation>%1年主营业务收入</translation>
    </message>
    <message>
        <source>R&amp;D spending of %1</source>
        <translation>%1年研发投入</translation>
    </message>
    <message>
        <source>Number of platform staff</source>
        <translation>平台从业人员数</translation>
    </message>
    <message>
        <source>Number of staff with a bachelor&apos;s degree or intermediate title or above</source>
        <translation>本科或中级职称以上人员数</translation>
    </message>
    <message>
        <source>Completion date of the pilot demonstration project</source>
        <translation>试点示范项目建成日期</translation>
    </message>
    <message>
        <source>Grant date of patent %1</source>
        <translation>第%1项专利的授权日期</translation>
    </message>
    <message>
        <source>Title of patent %1</source>
        <translation>第%1项专利的名称</translation>
    </message>
    <message>
        <source>Number of software copyrights</source>
        <translation>软件著作权数量</translation>
    </message>
    <message>
        <source>Contract amount of case %1</source>
        <translation>第%1个案例的合同金额</translation>
    </message>
    <message>
        <source>Title of case %1</source>
        <translation>第%1个案例的名称</translation>
    </message>
    <message>
        <source>Customer of case %1</source>
        <translation>第%1个案例的用户单位</translation>
    </message>
    <message>
        <source>Summary of case %1</source>
        <translation>第%1个案例的案例简介</translation>
    </message>
    <message>
        <source>Unit profile</source>
        <translation>单位简介</translation>
    </message>
    <message>
        <source>Main products, technologies or services</source>
        <translation>主要产品、技术或服务</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>发展规划</translation>
    </message>
    <message>
        <source>No domain chosen: choose one of the eight domains</source>
        <translation>未选择申报领域：请从八个领域中选择一个</translation>
    </message>
    <message>
        <source>Postcode is not valid: “%1”; it should be 6 digits, e.g. 510700</source>
        <translation>邮政编码格式不正确：「%1」；应为6位数字，例如 510700</translation>
    </message>
    <message>
        <source>E-mail address is not valid: “%1”; it should contain one “@” and a “.” in the domain after it, e.g. name@example.cn</source>
        <translation>电子邮箱格式不正确：「%1」；应含一个「@」且「@」后的域名中有「.」，例如 name@example.cn</translation>
    </message>
    <message>
        <source>Mobile number is not valid: “%1”; it should be 11 digits starting with 13 to 19, grouped by spaces if you like, e.g. 138 0013 8000</source>
        <translation>手机格式不正确：「%1」；应为以 13–19 开头的11位数字，可用空格分组，例如 138 0013 8000</translation>
    </message>
    <message>
        <source>Telephone number is not valid: “%1”; it should be an area code and a 7- or 8-digit number (e.g. 020-12345678), a 400/800 number (e.g. 400-800-1234) or a mobile number, with an extension after “-” or “转”</source>
        <translation>固定电话格式不正确：「%1」；应为区号加7–8位号码（例如 020-12345678）、400/800 号码（例如 400-800-1234）或手机号，分机号用「-」或「转」接在后面</translation>
    </message>
    <message>
        <source>%1 “%2” is not a prefecture-level city of Guangdong and counts as outside the province; if it is in Guangdong, enter the city&apos;s name as the call lists it</source>
        <translation>%1「%2」不是广东省的地级以上市，按广东省外计算；如在省内，请填写地级以上市名称，例如 东莞市</translation>
    </message>
    <message>
        <source>%1 (%2) is after the evaluation date %3; it should be that day or earlier</source>
        <translation>%1（%2）晚于评审基准日%3；应为该日或更早的日期</translation>
    </message>
    <message>
        <source>%1 cannot be negative (it is %2); enter 0 or a positive amount</source>
        <translation>%1不能为负数（当前为 %2）；应填写 0 或正数</translation>
    </message>
    <message>
        <source>%1 is beyond any plausible figure (it is %2, at most 1,000 trillion yuan); check the unit (amounts are stored in yuan)</source>
        <translation>%1超出合理范围（当前为 %2，最多 1000 万亿元）；请核对单位（金额按元存储）</translation>
    </message>
    <message>
        <source>%1 is too long: %2 / %3 characters; shorten it to at most %3 characters</source>
        <translation>%1过长：%2 / %3 字；请删减到 %3 字以内</translation>
    </message>
    <message>
        <source>%1 cannot be negative (it is %2); enter 0 or a positive whole number</source>
        <translation>%1不能为负数（当前为 %2）；应填写 0 或正整数</translation>
    </message>
    <message>
        <source>%1 is over its length limit: %2 / %3 characters; delete %4 characters to stay within %3</source>
        <translation>%1超出字数限制：%2 / %3 字；请删减 %4 字，不超过 %3 字</translation>
    </message>
    <message>
        <source>The R&amp;D team (%1 people) is larger than the total employees (%2 people); please check: the R&amp;D team should not exceed the total employees</source>
        <translation>研发技术团队人数（%1人）多于职工总数（%2人）；请核对，研发技术团队人数应不超过职工总数</translation>
    </message>
    <message>
        <source>The figures of %1 are entered twice (the same year as finance[%2]); enter one row per year</source>
        <translation>%1年的经营数据重复（与 finance[%2] 同一年度）；每个年度只应填写一行</translation>
    </message>
    <message>
        <source>The unified social credit code should have 18 characters; it has %1</source>
        <translation>统一社会信用代码应为18位，当前为%1位</translation>
    </message>
    <message>
        <source>Character %1 of the unified social credit code, “%2”, is not allowed (0-9 and capital letters except I, O, S, V, Z)</source>
        <translation>统一社会信用代码第%1位「%2」不是有效字符（允许0-9及除I、O、S、V、Z外的大写字母）</translation>
    </message>
    <message>
        <source>The check character of the unified social credit code is wrong: character 18 should be “%1”, it is “%2”</source>
        <translation>统一社会信用代码校验位不正确：第18位应为「%1」，当前为「%2」</translation>
    </message>
    <message>
        <source>The organisation code inside the unified social credit code (characters 9 to 17) fails its check; please verify it</source>
        <translation>统一社会信用代码中的组织机构代码（第9–17位）校验未通过，请核对</translation>
    </message>
    <message>
        <source>The patent number is not valid: “%1”; %2</source>
        <translation>专利号格式不正确：「%1」；%2</translation>
    </message>
    <message>
        <source>Patent number “%1” contains the non-digit “%2”; %3</source>
        <translation>专利号「%1」含非数字字符「%2」；%3</translation>
    </message>
    <message>
        <source>The application number in patent number “%1” has %2 digits; it should have 8 (before October 2003) or 12</source>
        <translation>专利号「%1」的申请号部分为%2位，应为8位（2003年10月前）或12位</translation>
    </message>
    <message>
        <source>Patent number “%1” lacks its check character: it should be ZL%2.%3</source>
        <translation>专利号「%1」缺少校验位：应为 ZL%2.%3</translation>
    </message>
    <message>
        <source>Wrong check character in patent number “%1”: it should be “%2”, it is “%3”</source>
        <translation>专利号校验位不正确：「%1」的校验位应为「%2」，当前为「%3」</translation>
    </message>
    <message>
        <source>The type digit (position %2) of patent number “%1” is “%3”; it should be 1 (invention), 2 (utility model), 3 (design), 8 or 9 (PCT)</source>
        <translation>专利号「%1」的类型位（第%2位）为「%3」，应为1（发明）、2（实用新型）、3（外观设计）、8或9（PCT）</translation>
    </message>
    <message>
        <source>Business licence missing: upload a scan of the business licence (or legal person certificate) with the category “%1”</source>
        <translation>缺少营业执照：请上传营业执照（或法人登记证书）扫描件，类别选“%1”</translation>
    </message>
    <message>
        <source>Credit China report missing: upload the credit report downloaded from the Credit China website with the category “%1”</source>
        <translation>缺少信用中国报告：请上传从“信用中国”网站下载的信用报告，类别选“%1”</translation>
    </message>
    <message>
        <source>Audit report of %1 missing: upload it with the category “%2” and the year %1</source>
        <translation>缺少%1年度审计报告：请上传，类别选“%2”，年度填%1</translation>
    </message>
    <message>
        <source>Audit report of %1 missing: a unit that is not an enterprise may upload its financial statements of %1 instead, with the category “%2” and the year %1</source>
        <translation>缺少%1年度审计报告：非企业单位可以%1年度财务报表代替，请上传，类别选“%2”，年度填%1</translation>
    </message>
    <message>
        <source>%1 has no evidence: upload the certificate or recognition document and link it to the qualification</source>
        <translation>%1缺少证明材料：请上传资质证书或认定文件，并关联到该资质</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1：是</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1：否</translation>
    </message>
    <message>
        <source>%1: not filled in</source>
        <translation>%1：未填写</translation>
    </message>
    <message>
        <source>%1: described</source>
        <translation>%1：已说明</translation>
    </message>
    <message>
        <source>%1: %2 (at least %3 required)</source>
        <comment>%4: counting word</comment>
        <translation>%1 %2 %4（要求 %3 %4以上）</translation>
    </message>
    <message>
        <source> (not filled in yet)</source>
        <translation>（尚未填写）</translation>
    </message>
    <message>
        <source> (%1 more with incomplete data)</source>
        <comment>%2: counting word</comment>
        <translation>（另有 %1 %2信息不全）</translation>
    </message>
    <message>
        <source>To complete: %1</source>
        <translation>待补充：%1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a condition&apos;s figure</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>The file does not exist; check the path and the file name</source>
        <translation>文件不存在；请检查路径和文件名</translation>
    </message>
    <message>
        <source>This is a folder or a special file, not an evidence file (PDF/JPEG/PNG/TIFF)</source>
        <translation>这是文件夹或特殊文件，不是证明材料文件（PDF/JPEG/PNG/TIFF）</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB); an evidence file (PDF/JPEG/PNG/TIFF) may have at most %2 MB; it was not read</source>
        <translation>文件过大（%1 MB），证明材料文件（PDF/JPEG/PNG/TIFF）最大 %2 MB；未读取</translation>
    </message>
    <message>
        <source>The file cannot be read; check its permissions</source>
        <translation>文件无法读取；请检查文件权限</translation>
    </message>
    <message>
        <source>The file cannot be read (%1); check its permissions</source>
        <translation>文件无法读取（%1）；请检查文件权限</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes); provide a scan or an exported PDF/image file</source>
        <translation>文件为空（0 字节）；请提供扫描件或导出的 PDF/图像文件</translation>
    </message>
    <message>
        <source>Not a PDF/JPEG/PNG/TIFF file (judged by its content); save it as PDF, JPEG, PNG or TIFF</source>
        <translation>不是 PDF/JPEG/PNG/TIFF 文件（按内容识别）；请将其另存为 PDF、JPEG、PNG 或 TIFF 格式</translation>
    </message>
    <message>
        <source>The PDF file has no pages; provide a PDF with at least one page</source>
        <translation>PDF 文件没有任何页面；请提供至少一页的 PDF</translation>
    </message>
    <message>
        <source>The PDF file is damaged but can be repaired (%1 pages after repair); check the page count, better export or scan the file again</source>
        <translation>PDF 文件已损坏但可以修复（按修复后的文件计 %1 页）；请核对页数，最好重新导出或扫描该文件</translation>
    </message>
    <message>
        <source>The PDF is encrypted: exporting the dossier needs its password (its pages cannot be counted yet)</source>
        <translation>PDF 已加密，导出时需要密码（暂时无法统计页数）</translation>
    </message>
    <message>
        <source>The PDF file is damaged and cannot be read; export or scan the file again</source>
        <translation>PDF 文件已损坏，无法读取；请重新导出或扫描该文件</translation>
    </message>
    <message>
        <source>The PDF file is damaged and cannot be read (%1); export or scan the file again</source>
        <translation>PDF 文件已损坏，无法读取（%1）；请重新导出或扫描该文件</translation>
    </message>
    <message>
        <source>The image file is damaged and cannot be read (the image data cannot be decoded); scan or export the file again</source>
        <translation>图像文件已损坏，无法读取（图像数据无法解码）；请重新扫描或导出该文件</translation>
    </message>
    <message>
        <source>The image file is damaged and cannot be read (%1); scan or export the file again</source>
        <translation>图像文件已损坏，无法读取（%1）；请重新扫描或导出该文件</translation>
    </message>
    <message>
        <source>The image file is damaged: the JPEG file is incomplete (its end marker FFD9 is missing, it may have been cut off); scan or export the file again</source>
        <translation>图像文件已损坏：JPEG 文件不完整（缺少结束标记 FFD9，可能被截断）；请重新扫描或导出该文件</translation>
    </message>
    <message>
        <source>Not all conditions of the call are met: %1. Complete or correct them before exporting, or export anyway (the cover will say that not all conditions are met)</source>
        <translation>申报条件未全部符合：%1。请先补充或修改后再导出，或选择强制导出（封面将注明「条件未全部符合」）</translation>
    </message>
    <message>
        <source>Evidence “%1” has no file: add the file again or delete the item</source>
        <translation>佐证材料「%1」没有文件：请重新添加文件或删除该条目</translation>
    </message>
    <message>
        <source>Evidence “%1” cannot be read back from the project file (its stored copy is damaged); add the file again</source>
        <translation>佐证材料「%1」无法从项目文件中读出（项目中的文件已损坏）；请重新添加该文件</translation>
    </message>
    <message>
        <source>Evidence “%1” cannot be read back from the project file: %2</source>
        <translation>佐证材料「%1」无法从项目文件中读出：%2</translation>
    </message>
    <message>
        <source>Evidence “%1” has a different page count: %2 pages when it was added, %3 pages now; add the file again</source>
        <translation>佐证材料「%1」的页数不一致：添加时为 %2 页，现在读取到 %3 页；请重新添加该文件</translation>
    </message>
    <message>
        <source>Temporary files cannot be written (in the output file&apos;s folder)</source>
        <translation>无法写入临时文件（输出文件所在的文件夹）</translation>
    </message>
    <message>
        <source>Temporary files cannot be written (in the output file&apos;s folder): %1</source>
        <translation>无法写入临时文件（输出文件所在的文件夹）：%1</translation>
    </message>
    <message>
        <source>The output file cannot be written; choose another folder or file name</source>
        <translation>无法写入输出文件；请另选文件夹或文件名</translation>
    </message>
    <message>
        <source>The output file cannot be written: %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>This is a Shenbao project file: a dossier never replaces a project; choose another output file name</source>
        <translation>这是申报项目文件，不能被申报书覆盖；请另选输出文件名</translation>
    </message>
    <message>
        <source>Evidence “%1” is encrypted and the password given is wrong: give the right password</source>
        <translation>佐证材料「%1」已加密，所提供的密码不正确：请提供正确的密码</translation>
    </message>
    <message>
        <source>Evidence “%1” is encrypted: give its password</source>
        <translation>佐证材料「%1」已加密：请提供密码</translation>
    </message>
    <message>
        <source>Evidence “%1” has no readable page (the file may be damaged); scan it again or save it as PDF and add it again</source>
        <translation>佐证材料「%1」没有可读取的页面（文件可能已损坏）。请重新扫描或另存为 PDF 后再添加</translation>
    </message>
    <message>
        <source>Evidence “%1” is damaged and cannot be read: %2. Scan it again or save it as PDF and add it again</source>
        <translation>佐证材料「%1」已损坏，无法读取：%2。请重新扫描或另存为 PDF 后再添加</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>已取消导出</translation>
    </message>
    <message>
        <source>Binding failed</source>
        <translation>装订失败</translation>
    </message>
    <message>
        <source>Binding failed: %1</source>
        <translation>装订失败：%1</translation>
    </message>
</context>
<context>
    <name>ProjectsQualificationsPage</name>
    <message>
        <source>⑥ Projects and qualifications</source>
        <translation>⑥ 承担项目与其他资质</translation>
    </message>
    <message>
        <source>The notice asks every applicant for the projects it has undertaken (承担项目) and its qualifications (资质认定). Qualifications that allow direct recognition are chosen in step ①; list the others here (高新技术企业, 专精特新 …). Each row is printed with the pages of its evidence.</source>
        <translation>通知要求每个申报单位提供承担项目和资质认定情况。可直接认定的资质在第①步勾选；其他资质（高新技术企业、专精特新等）在这里填写。每一行连同其佐证材料的页码一并打印。</translation>
    </message>
    <message>
        <source>Undertaken projects (承担项目)</source>
        <translation>承担项目</translation>
    </message>
    <message>
        <source>&amp;Add project…</source>
        <translation>添加项目(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Other qualifications (其他资质认定)</source>
        <translation>其他资质认定</translation>
    </message>
    <message>
        <source>Add &amp;qualification…</source>
        <translation>添加资质(&amp;Q)…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>编辑(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>⑩ Check</source>
        <translation>⑩ 检查</translation>
    </message>
    <message>
        <source>Every condition of the call that applies to your domain, as the district and city officers will check it. Click an entry to go to the data it checks; the clause from the notice is shown below the list.</source>
        <translation>列出适用于所选领域的全部遴选条件，与区、市工信部门的审核口径一致。点击条目可跳转到相应数据；列表下方显示通知中的原文条款。</translation>
    </message>
    <message>
        <source>Continue to &amp;export →</source>
        <translation>继续导出(&amp;E) →</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&amp;New application…</source>
        <translation>新建申报(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open an application…</source>
        <translation>打开申报(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;example</source>
        <translation>打开示例(&amp;E)</translation>
    </message>
    <message>
        <source>Review and summarise (工信部门)</source>
        <translation>审核汇总（工信部门）</translation>
    </message>
    <message>
        <source>Recent applications</source>
        <translation>最近的申报</translation>
    </message>
    <message>
        <source>Everything you type is saved in the project file at once; there is no Save button. Edit ▸ Undo takes back any change.</source>
        <translation>所填内容即时保存到项目文件，无需点击“保存”。如需撤回修改，请使用“编辑 ▸ 撤销”。</translation>
    </message>
</context>
<context>
    <name>UndertakenProjectDialog</name>
    <message>
        <source>Undertaken project</source>
        <translation>承担项目</translation>
    </message>
    <message>
        <source>Project &amp;name (项目名称):</source>
        <translation>项目名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Source and level (项目来源及级别):</source>
        <translation>项目来源及级别(&amp;S)：</translation>
    </message>
    <message>
        <source>e.g. 省级工业互联网专项</source>
        <translation>例如：省级工业互联网专项</translation>
    </message>
    <message>
        <source>&amp;Year (立项年度):</source>
        <translation>立项年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Amount (项目金额, 万元):</source>
        <translation>项目金额（万元）(&amp;A)：</translation>
    </message>
    <message>
        <source>Evidence (佐证):</source>
        <translation>佐证材料：</translation>
    </message>
</context>
<context>
    <name>WanText</name>
    <message>
        <source>Enter an amount in 万元, e.g. 1500 or 1500.25.</source>
        <translation>请输入以万元为单位的金额，如 1500 或 1500.25。</translation>
    </message>
    <message>
        <source>At most four decimals: 0.0001 万元 is 1 元, the smallest amount.</source>
        <translation>最多四位小数：0.0001 万元即 1 元，为最小金额。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
</context>
<context>
    <name>shenbao::ApplicationEditor</name>
    <message>
        <source>① Domain</source>
        <translation>① 申报领域</translation>
    </message>
    <message>
        <source>② Basic information</source>
        <translation>② 基本信息</translation>
    </message>
    <message>
        <source>③ Operations</source>
        <translation>③ 经营情况</translation>
    </message>
    <message>
        <source>④ Intellectual property</source>
        <translation>④ 知识产权</translation>
    </message>
    <message>
        <source>⑤ Typical cases</source>
        <translation>⑤ 典型案例</translation>
    </message>
    <message>
        <source>⑦ Domain-specific information</source>
        <translation>⑦ 领域专项</translation>
    </message>
    <message>
        <source>⑧ Profile and plan</source>
        <translation>⑧ 简介与规划</translation>
    </message>
    <message>
        <source>⑨ Evidence</source>
        <translation>⑨ 佐证材料</translation>
    </message>
    <message>
        <source>⑩ Check</source>
        <translation>⑩ 检查</translation>
    </message>
    <message>
        <source>⑪ Export and print</source>
        <translation>⑪ 导出与打印</translation>
    </message>
    <message>
        <source>⑥ Projects and qualifications</source>
        <translation>⑥ 承担项目与其他资质</translation>
    </message>
</context>
<context>
    <name>shenbao::BasicInfoPage</name>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
</context>
<context>
    <name>shenbao::CaseDialog</name>
    <message>
        <source>Year: type four digits, e.g. %1.</source>
        <translation>年度：请填写4位数字，例如 %1。</translation>
    </message>
    <message>
        <source>「%1」 is not one of the 21 cities of Guangdong: the case counts as outside Guangdong. Choose a city from the list, e.g. 东莞市.</source>
        <translation>「%1」不是广东省21个地级以上市之一：该案例按广东省外计算。请从列表中选择城市，例如 东莞市。</translation>
    </message>
</context>
<context>
    <name>shenbao::CasesPage</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Case (案例名称)</source>
        <translation>案例名称</translation>
    </message>
    <message>
        <source>User (用户单位)</source>
        <translation>用户单位</translation>
    </message>
    <message>
        <source>City</source>
        <translation>所在地市</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Amount (万元)</source>
        <translation>合同金额（万元）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证</translation>
    </message>
    <message>
        <source>Not one of the 21 cities of Guangdong: does not count as a Guangdong case.</source>
        <translation>不是广东省 21 个地级以上市之一，不计为省内案例。</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>已附</translation>
    </message>
    <message>
        <source>missing — attach in ⑨</source>
        <translation>缺少 — 请在⑨中添加</translation>
    </message>
    <message>
        <source>Guangdong cases in %1: &lt;b&gt;%2&lt;/b&gt; · Guangdong cases of any year: %3 · all cases: %4</source>
        <translation>%1年度省内典型案例：&lt;b&gt;%2&lt;/b&gt; 个 · 各年度省内案例：%3 个 · 全部案例：%4 个</translation>
    </message>
    <message>
        <source>Add case</source>
        <translation>添加案例</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>编辑案例</translation>
    </message>
    <message>
        <source>Edit case %1</source>
        <translation>编辑案例 %1</translation>
    </message>
    <message>
        <source>Remove case %1</source>
        <translation>删除案例 %1</translation>
    </message>
</context>
<context>
    <name>shenbao::ChecksView</name>
    <message>
        <source>Route: %1</source>
        <translation>认定方式：%1</translation>
    </message>
    <message>
        <source>met %1 · not met %2 · to complete %3</source>
        <translation>符合 %1 · 不符合 %2 · 待补充 %3</translation>
    </message>
    <message>
        <source>Route of recognition</source>
        <translation>认定方式</translation>
    </message>
    <message>
        <source>Basic conditions (notice, section 1)</source>
        <translation>基本条件（通知第一部分）</translation>
    </message>
    <message>
        <source>Conditions of the domain (Attachment 1)</source>
        <translation>领域遴选条件（附件1）</translation>
    </message>
    <message>
        <source>for information only</source>
        <translation>仅供参考</translation>
    </message>
    <message>
        <source>Evidence missing for:</source>
        <translation>缺少佐证材料：</translation>
    </message>
    <message>
        <source>Evidence missing: %1</source>
        <translation>缺少佐证：%1</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>请核对</translation>
    </message>
    <message>
        <source>Select a condition to read its clause in the notice; click it to go to the data it checks.</source>
        <translation>选择一项条件可查看通知原文；点击即可跳转到相应数据。</translation>
    </message>
    <message>
        <source>To do before export (%1)</source>
        <translation>导出前须处理（%1）</translation>
    </message>
    <message>
        <source>Condition not met</source>
        <translation>条件不符合</translation>
    </message>
    <message>
        <source>Condition waiting for data</source>
        <translation>条件待补充</translation>
    </message>
    <message>
        <source>Problem in the form</source>
        <translation>表单问题</translation>
    </message>
    <message>
        <source>Missing document</source>
        <translation>缺少材料</translation>
    </message>
    <message>
        <source>Click to go to the field.</source>
        <translation>单击转到该字段。</translation>
    </message>
    <message>
        <source>Please check (%1)</source>
        <translation>请核对（%1）</translation>
    </message>
    <message>
        <source>List still being entered</source>
        <translation>清单尚在填写</translation>
    </message>
</context>
<context>
    <name>shenbao::CrossCheckPanel</name>
    <message>
        <source>matched</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>likely (OCR slip?)</source>
        <translation>基本一致（可能为识别误差）</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Reading the evidence pages…</source>
        <translation>正在读取佐证材料页面…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1 第 %2 页</translation>
    </message>
    <message>
        <source>Compares the form with the linked evidence pages (text layer or OCR). The results are warnings; they do not change the verdict.</source>
        <translation>将申报书填报内容与所关联的佐证材料页面（文字层或文字识别）逐项核对。核对结果仅为提示，不改变符合性结论。</translation>
    </message>
    <message>
        <source>%1 fields checked: %2 differ, %3 likely OCR slips, %4 not found.</source>
        <translation>已核对 %1 项：不一致 %2 项，疑似识别误差 %3 项，未找到 %4 项。</translation>
    </message>
    <message>
        <source>Cross-check evidence</source>
        <translation>核对佐证材料</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>In the form</source>
        <translation>填报内容</translation>
    </message>
    <message>
        <source>On the page</source>
        <translation>材料中识别到</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
</context>
<context>
    <name>shenbao::DomainDetailPage</name>
    <message>
        <source>Edit partner enterprises</source>
        <translation>编辑合作企业</translation>
    </message>
    <message>
        <source>Edit co-built programmes</source>
        <translation>编辑共建专业点</translation>
    </message>
    <message>
        <source>Edit financial products</source>
        <translation>编辑特色金融产品</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Programme designed together</source>
        <translation>共同设计的专业培养方案</translation>
    </message>
    <message>
        <source>Internship base</source>
        <translation>共建实习基地</translation>
    </message>
    <message>
        <source>College</source>
        <translation>院校</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>专业点</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Choose the table (and sub-table) in step ① to see its element conditions.</source>
        <translation>请在第①步选择要素条件表（及细分类别），即可查看要素条件。</translation>
    </message>
    <message>
        <source>Element conditions of %1 (quoted from the notice):</source>
        <translation>%1（引自通知原文）：</translation>
    </message>
    <message>
        <source>Cooperation agreement with %1</source>
        <translation>与%1的合作协议</translation>
    </message>
    <message>
        <source>partner %1</source>
        <translation>第 %1 家合作企业</translation>
    </message>
</context>
<context>
    <name>shenbao::DomainPage</name>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Qualification held</source>
        <translation>已获资质</translation>
    </message>
    <message>
        <source>Certificate name / number</source>
        <translation>证书名称 / 编号</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证</translation>
    </message>
    <message>
        <source>missing — attach in ⑨</source>
        <translation>缺少 — 请在⑨中添加</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>已附</translation>
    </message>
    <message>
        <source>Choose domain</source>
        <translation>选择申报领域</translation>
    </message>
    <message>
        <source>Choose pilot table</source>
        <translation>选择要素条件表</translation>
    </message>
    <message>
        <source>Choose pilot sub-table</source>
        <translation>选择细分类别</translation>
    </message>
    <message>
        <source>Qualification %1</source>
        <translation>资质：%1</translation>
    </message>
    <message>
        <source>Remove qualification %1</source>
        <translation>取消资质：%1</translation>
    </message>
    <message>
        <source>Change the domain</source>
        <translation>更改申报领域</translation>
    </message>
    <message>
        <source>What you entered for %1 is kept but hidden, and no longer printed.</source>
        <translation>为「%1」填写的内容将保留但不再显示，也不再打印。</translation>
    </message>
    <message>
        <source>The result changes from %1 to %2.</source>
        <translation>评估结果将从「%1」变为「%2」。</translation>
    </message>
    <message>
        <source>Change the domain from %1 to %2?</source>
        <translation>将申报领域从「%1」改为「%2」？</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>shenbao::DossierPane</name>
    <message>
        <source>Conditions</source>
        <translation>遴选条件</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Condition (recomputed)</source>
        <translation>条件（重新计算）</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Search the dossier&apos;s text</source>
        <translation>搜索申报材料全文</translation>
    </message>
    <message>
        <source>%1 names no evidence bound in this dossier.</source>
        <translation>%1 未关联本申报材料中装订的佐证材料。</translation>
    </message>
    <message>
        <source>Select a dossier in the table to see it here.</source>
        <translation>在表格中选择一份申报材料，即可在此查看。</translation>
    </message>
    <message>
        <source>Click to show the evidence pages.</source>
        <translation>点击显示佐证材料页面。</translation>
    </message>
    <message>
        <source>Not a Shenbao dossier: its data must be entered by hand.</source>
        <translation>不是本软件生成的申报材料：其数据需手工录入。</translation>
    </message>
    <message>
        <source>Cover: %1</source>
        <translation>封面：%1</translation>
    </message>
    <message>
        <source>The cover shows the recomputed fingerprint %1.</source>
        <translation>封面显示的指纹与重新计算的指纹 %1 一致。</translation>
    </message>
    <message>
        <source>p. %1: %2</source>
        <translation>第 %1 页：%2</translation>
    </message>
    <message>
        <source>Cannot show this file.</source>
        <translation>无法显示此文件。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source> (page label: %1)</source>
        <translation>（页码标签：%1）</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
</context>
<context>
    <name>shenbao::DossierViewer</name>
    <message>
        <source>Dossier — %1</source>
        <translation>申报材料 — %1</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>Page %1 of %2 (label %3)</source>
        <translation>第 %1 页 / 共 %2 页（页码 %3）</translation>
    </message>
</context>
<context>
    <name>shenbao::EvidenceLinkButton</name>
    <message>
        <source>this item</source>
        <translation>本项</translation>
    </message>
    <message>
        <source>Evidence required: link the file that proves this.</source>
        <translation>需要佐证：请关联能证明此项的文件。</translation>
    </message>
    <message>
        <source>Link evidence to %1</source>
        <translation>为“%1”关联佐证</translation>
    </message>
</context>
<context>
    <name>shenbao::EvidencePage</name>
    <message>
        <source>Patent %1 %2</source>
        <translation>专利 %1 %2</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>案例：%1</translation>
    </message>
    <message>
        <source>Qualification %1</source>
        <translation>资质：%1</translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation>关联佐证材料</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Proves</source>
        <translation>证明事项</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>（未分类）</translation>
    </message>
    <message>
        <source>All required evidence is attached.</source>
        <translation>所需的佐证材料均已附上。</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>尚缺：</translation>
    </message>
    <message>
        <source>— nothing in particular —</source>
        <translation>— 不关联具体事项 —</translation>
    </message>
    <message>
        <source>Drop PDF, JPEG, PNG or TIFF files here.</source>
        <translation>将 PDF、JPEG、PNG 或 TIFF 文件拖放到此处。</translation>
    </message>
    <message>
        <source>No file stored for this entry.</source>
        <translation>此条目没有存储文件。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 page(s) · SHA-256 %4…</source>
        <translation>%1 · %2 · %3 页 · SHA-256 %4…</translation>
    </message>
    <message>
        <source>Not attached:</source>
        <translation>未添加：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected by a password. Enter it to view the file and bind it into the dossier (kept for this session only):</source>
        <translation>“%1”受密码保护。请输入密码以查看文件并装订到申报材料中（密码仅在本次使用期间保留）：</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>添加佐证材料</translation>
    </message>
    <message>
        <source>Evidence files (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>佐证材料文件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>替换文件</translation>
    </message>
    <message>
        <source>Move evidence up</source>
        <translation>上移佐证材料</translation>
    </message>
    <message>
        <source>Move evidence down</source>
        <translation>下移佐证材料</translation>
    </message>
    <message>
        <source>the file was stored, but the open project does not show it; attach it again</source>
        <translation>文件已写入，但打开的项目中看不到它；请重新添加</translation>
    </message>
    <message>
        <source>not attached: adding was cancelled</source>
        <translation>未添加：已取消添加</translation>
    </message>
    <message>
        <source>%1 of %2 file(s) stored</source>
        <translation>已存入 %1/%2 个文件</translation>
    </message>
</context>
<context>
    <name>shenbao::EvidencePickerDialog</name>
    <message>
        <source>Tick the files that prove 「%1」:</source>
        <translation>勾选能证明「%1」的文件：</translation>
    </message>
    <message numerus="yes">
        <source> (%n page(s))</source>
        <translation>
            <numerusform>（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>Link evidence…</source>
        <translation>关联佐证…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) linked…</source>
        <translation>
            <numerusform>已关联 %n 份…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shenbao::EvidencePreview</name>
    <message>
        <source>This PDF is protected by a password.</source>
        <translation>此 PDF 受密码保护。</translation>
    </message>
    <message>
        <source>This PDF cannot be shown; it may be damaged.</source>
        <translation>无法显示此 PDF，文件可能已损坏。</translation>
    </message>
    <message>
        <source>This file cannot be shown.</source>
        <translation>无法显示此文件。</translation>
    </message>
</context>
<context>
    <name>shenbao::ExportPage</name>
    <message>
        <source>Export dossier</source>
        <translation>导出申报材料</translation>
    </message>
    <message>
        <source>-dossier</source>
        <translation>-申报材料</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Binding the dossier…</source>
        <translation>正在装订申报材料…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The dossier was not exported:</source>
        <translation>申报材料未能导出：</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1：无法写入</translation>
    </message>
    <message>
        <source>Export Attachment 3 row</source>
        <translation>导出附件3汇总表行</translation>
    </message>
    <message>
        <source>-attachment3</source>
        <translation>-附件3汇总表</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Print the dossier</source>
        <translation>打印申报材料</translation>
    </message>
    <message>
        <source>Export the dossier, check it in the viewer, then print four copies.</source>
        <translation>请导出申报材料，在查看器中核对后打印四份。</translation>
    </message>
    <message>
        <source>Export and print</source>
        <translation>导出与打印</translation>
    </message>
    <message>
        <source>Outdated: the application changed after this export. Export again before printing.</source>
        <translation>已过期：导出后申报内容已有修改。打印前请重新导出。</translation>
    </message>
    <message>
        <source>&amp;Print 4 copies (outdated)…</source>
        <translation>打印四份（已过期）(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print 4 copies…</source>
        <translation>打印四份(&amp;P)…</translation>
    </message>
    <message>
        <source>The application has changed since %1 was exported: the printed copies would not show what is entered now. Export again first to print the current data.

Print the outdated dossier anyway?</source>
        <translation>导出 %1 之后申报内容已有修改：打印出的材料将与当前填写的内容不一致。请先重新导出，再打印当前数据。

仍要打印已过期的申报材料吗？</translation>
    </message>
    <message>
        <source>No file manager could be started to show the folder. The dossier is in:
%1</source>
        <translation>无法启动文件管理器显示该文件夹。申报材料位于：
%1</translation>
    </message>
    <message>
        <source>Fill-in date</source>
        <translation>填报日期</translation>
    </message>
</context>
<context>
    <name>shenbao::FieldBinder</name>
    <message>
        <source>Enter a whole number, e.g. 20.</source>
        <translation>请输入整数，如 20。</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>Enter a date as 2020-06-01.</source>
        <translation>请按 2020-06-01 的格式输入日期。</translation>
    </message>
    <message>
        <source>Enter a percentage between 0 and 100, e.g. 25.</source>
        <translation>请输入 0 到 100 之间的百分比，如 25。</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— 未填写 —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Amounts are in 万元 (10,000 元): type 「1250」 for 1250 万元, or convert an amount in 元 by dividing by 10,000.</source>
        <translation>金额以万元为单位：1250 万元请填「1250」；以元计的金额请除以 10,000 后填写。</translation>
    </message>
    <message>
        <source>Not stored: until this is corrected the field counts as not filled in.</source>
        <translation>未保存：改正之前，此字段按未填写计算。</translation>
    </message>
    <message>
        <source>a field</source>
        <translation>字段</translation>
    </message>
</context>
<context>
    <name>shenbao::FinancePage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>shenbao::HelpDialog</name>
    <message>
        <source>Shenbao help</source>
        <translation>申报助手帮助</translation>
    </message>
    <message>
        <source>&amp;Find in the notice:</source>
        <translation>在通知中查找(&amp;F)：</translation>
    </message>
    <message>
        <source>e.g. 研发投入</source>
        <translation>例如 研发投入</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>The notice</source>
        <translation>申报通知</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Preparing an application in ten steps&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Domain&lt;/b&gt;: choose one of the eight domains; its conditions are listed under each.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Basic information&lt;/b&gt; and &lt;b&gt;Operations&lt;/b&gt;: the unit and its last three years, in 万元 (「1250」, 「1,250.5」 and 「1250万元」 are all understood).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Intellectual property&lt;/b&gt;, &lt;b&gt;Typical cases&lt;/b&gt; and the &lt;b&gt;domain-specific information&lt;/b&gt;: what the domain&apos;s conditions count.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Profile and plan&lt;/b&gt;: the texts of the form, with their length limits.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Evidence&lt;/b&gt;: attach the licence, the credit report, the audit reports and a certificate for every counted patent and case.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Check&lt;/b&gt;: 「To do before export」 lists every condition not met and every problem in the form; click an entry to go to its field.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Export and print&lt;/b&gt;: bind the dossier, check it in the viewer, print four copies.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Everything is saved as you type; Ctrl+Z undoes the typing in a field, then earlier edits.&lt;/p&gt;&lt;p&gt;Officers open received dossiers in the officers&apos; workspace (start page, or &lt;code&gt;shenbao --officer&lt;/code&gt;), order them and export Attachment 3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;十步完成申报&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;申报领域&lt;/b&gt;：从八个领域中选择一个，每个领域下列出其遴选条件。&lt;/li&gt;&lt;li&gt;&lt;b&gt;基本信息&lt;/b&gt;与&lt;b&gt;经营情况&lt;/b&gt;：申报单位及近三年数据，金额以万元计（「1250」「1,250.5」「1250万元」均可识别）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;知识产权&lt;/b&gt;、&lt;b&gt;典型案例&lt;/b&gt;和&lt;b&gt;领域专项&lt;/b&gt;：领域条件所计的内容。&lt;/li&gt;&lt;li&gt;&lt;b&gt;简介与规划&lt;/b&gt;：申报书中的文字部分，注意字数限制。&lt;/li&gt;&lt;li&gt;&lt;b&gt;佐证材料&lt;/b&gt;：附上营业执照、信用报告、审计报告，以及每项计入的专利和案例的证明材料。&lt;/li&gt;&lt;li&gt;&lt;b&gt;检查&lt;/b&gt;：「导出前须处理」列出所有不符合的条件和表单问题；单击条目即可转到相应字段。&lt;/li&gt;&lt;li&gt;&lt;b&gt;导出与打印&lt;/b&gt;：生成装订用申报材料，在查看器中核对后打印四份。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;所有内容随输入自动保存；Ctrl+Z 先撤销字段中的输入，再撤销之前的编辑。&lt;/p&gt;&lt;p&gt;工信部门在审核汇总窗口（开始页，或 &lt;code&gt;shenbao --officer&lt;/code&gt;）中打开收到的申报材料，排列推荐顺序并导出附件3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>shenbao::MainWindow</name>
    <message>
        <source>About Shenbao</source>
        <translation>关于申报</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shenbao %1&lt;/h3&gt;&lt;p&gt;Prepares applications for %2 offline: the form, the checks against the notice, the bound dossier and the summary row.&lt;/p&gt;&lt;p&gt;Licensed under the GNU LGPL 3.0 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;申报 Shenbao %1&lt;/h3&gt;&lt;p&gt;离线准备%2申报：填写申报书、对照通知检查条件、生成装订用申报材料和汇总表行。&lt;/p&gt;&lt;p&gt;依据 GNU LGPL 3.0 或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>新建申报(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;example</source>
        <translation>打开示例(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Shenbao</source>
        <translation>关于申报(&amp;A)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>条件检查</translation>
    </message>
    <message>
        <source>&amp;Checks panel</source>
        <translation>条件检查面板(&amp;C)</translation>
    </message>
    <message>
        <source>Shenbao — Intelligent Manufacturing Ecosystem Partners application</source>
        <translation>申报 — 广东省智能制造生态合作伙伴申报工具</translation>
    </message>
    <message>
        <source>%1 — %2 — Shenbao</source>
        <translation>%1 — %2 — 申报</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>All changes saved in %1</source>
        <translation>所有修改已保存到 %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未能保存：%1</translation>
    </message>
    <message>
        <source>Open application</source>
        <translation>打开申报</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>新建申报</translation>
    </message>
    <message>
        <source>Open the example</source>
        <translation>打开示例</translation>
    </message>
    <message>
        <source>application</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>Shenbao applications (*.shenbao)</source>
        <translation>申报项目文件 (*.shenbao)</translation>
    </message>
    <message>
        <source>Shenbao applications (*.shenbao);;All files (*)</source>
        <translation>申报项目文件 (*.shenbao);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>上一步(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>The &amp;notice (申报通知)</source>
        <translation>申报通知(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Undo the typing in a field, then earlier edits</source>
        <translation>撤销字段中的输入，再撤销之前的编辑</translation>
    </message>
    <message>
        <source>Move to the next / previous field</source>
        <translation>转到下一个 / 上一个字段</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
</context>
<context>
    <name>shenbao::OfficerWindow</name>
    <message>
        <source>%1: the table cannot be written</source>
        <translation>%1：无法写入汇总表</translation>
    </message>
    <message>
        <source>Print table</source>
        <translation>打印汇总表</translation>
    </message>
    <message>
        <source>Shenbao — review and summary (officers)</source>
        <translation>申报 — 审核汇总（工信部门）</translation>
    </message>
    <message>
        <source>Filter: name, code, district, domain, remarks…</source>
        <translation>筛选：单位名称、信用代码、区县、领域、备注…</translation>
    </message>
    <message>
        <source>Recommending authority</source>
        <translation>推荐单位</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>All dossiers read.</source>
        <translation>所有申报材料已读取。</translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation>无法打开工作区：%1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Add dossiers…</source>
        <translation>添加申报材料…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Export Attachment 3…</source>
        <translation>导出附件3…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <source>Print table…</source>
        <translation>打印汇总表…</translation>
    </message>
    <message>
        <source>Print dossier…</source>
        <translation>打印申报材料…</translation>
    </message>
    <message>
        <source>Add received dossiers (PDF). You can also drop files or whole folders on the window.</source>
        <translation>添加收到的申报材料（PDF）。也可将文件或整个文件夹拖放到窗口中。</translation>
    </message>
    <message>
        <source>Write Attachment 3 for all dossiers, in recommendation order.</source>
        <translation>按推荐顺序为全部申报材料生成附件3。</translation>
    </message>
    <message>
        <source>No new or changed dossiers found.</source>
        <translation>没有发现新的或有变动的申报材料。</translation>
    </message>
    <message>
        <source>Add dossiers</source>
        <translation>添加申报材料</translation>
    </message>
    <message>
        <source>PDF dossiers (*.pdf *.PDF)</source>
        <translation>PDF 申报材料 (*.pdf *.PDF)</translation>
    </message>
    <message>
        <source>Add a folder of dossiers</source>
        <translation>添加申报材料文件夹</translation>
    </message>
    <message>
        <source>Remove dossiers</source>
        <translation>移除申报材料</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dossier(s) from the workspace? The files themselves are kept.</source>
        <translation>
            <numerusform>从工作区移除 %n 份申报材料吗？文件本身会保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Attachment 3</source>
        <translation>导出附件3</translation>
    </message>
    <message>
        <source>The recommending authority is empty; the table will have a blank line to fill in by hand. Export anyway?</source>
        <translation>推荐单位为空，汇总表中将留出空白供手工填写。仍要导出吗？</translation>
    </message>
    <message>
        <source>Attachment 3 summary</source>
        <translation>附件3推荐汇总表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Attachment 3 written to %1.</source>
        <translation>附件3已写入 %1。</translation>
    </message>
    <message>
        <source>Summary of recommended applicants</source>
        <translation>推荐单位汇总</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation>正在打印 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n 份申报材料</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading dossiers: %1 of %2</source>
        <translation>正在读取申报材料：%1 / %2</translation>
    </message>
    <message>
        <source>The workspace could not be saved: %1</source>
        <translation>无法保存工作区：%1</translation>
    </message>
    <message>
        <source>&amp;Recommending authority:</source>
        <translation>推荐单位(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Dossiers</source>
        <translation>申报材料(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>推荐顺序(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Export and print</source>
        <translation>导出与打印(&amp;E)</translation>
    </message>
    <message>
        <source>%1: the data do not agree (不一致)</source>
        <translation>%1：数据不一致</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>These dossiers do not meet every condition, or their data do not agree:

%1

Put them into Attachment 3 anyway?</source>
        <translation>以下申报材料未符合全部条件，或数据不一致：

%1

仍要列入附件3吗？</translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s), not dossiers</source>
        <translation>
            <numerusform>另有 %n 个文件不是申报材料</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shenbao::OtherQualificationDialog</name>
    <message>
        <source>Enter the date of the certificate as 2021-12-20.</source>
        <translation>请按 2021-12-20 的格式填写证书日期。</translation>
    </message>
    <message>
        <source>this qualification</source>
        <translation>该资质</translation>
    </message>
</context>
<context>
    <name>shenbao::PatentDialog</name>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— 未填写 —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Enter the grant date as 2020-06-01.</source>
        <translation>请按 2020-06-01 的格式输入授权日期。</translation>
    </message>
</context>
<context>
    <name>shenbao::PatentsPage</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Title (专利名称)</source>
        <translation>专利名称</translation>
    </message>
    <message>
        <source>Patent number</source>
        <translation>专利号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>授权日期</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>核心</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>已附</translation>
    </message>
    <message>
        <source>missing — attach in ⑨</source>
        <translation>缺少 — 请在⑨中添加</translation>
    </message>
    <message>
        <source>Core invention patents counted: &lt;b&gt;%1&lt;/b&gt; · invention %2 · utility model %3 · design %4</source>
        <translation>计入的核心发明专利：&lt;b&gt;%1&lt;/b&gt; 项 · 发明专利 %2 项 · 实用新型专利 %3 项 · 外观设计专利 %4 项</translation>
    </message>
    <message>
        <source>Add patent</source>
        <translation>添加专利</translation>
    </message>
    <message>
        <source>Edit patent</source>
        <translation>编辑专利</translation>
    </message>
    <message>
        <source>Edit patent %1</source>
        <translation>编辑专利 %1</translation>
    </message>
    <message>
        <source>Remove patent %1</source>
        <translation>删除专利 %1</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Import %n patent(s)</source>
        <translation>
            <numerusform>导入 %n 项专利</numerusform>
        </translation>
    </message>
    <message>
        <source>Import patents</source>
        <translation>导入专利</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 (after %2: not counted)</source>
        <translation>%1（晚于 %2，不计入）</translation>
    </message>
    <message>
        <source>Granted after the evaluation date %1: patents granted later are not counted.</source>
        <translation>授权日期晚于评审基准日 %1：此后授权的专利不计入。</translation>
    </message>
</context>
<context>
    <name>shenbao::PilotElementsEditor</name>
    <message>
        <source>Element %1</source>
        <translation>要素 %1</translation>
    </message>
    <message>
        <source>Met:</source>
        <translation>是否符合：</translation>
    </message>
    <message>
        <source>How the project meets it:</source>
        <translation>符合情况说明：</translation>
    </message>
    <message>
        <source>Evidence (佐证):</source>
        <translation>佐证材料：</translation>
    </message>
</context>
<context>
    <name>shenbao::ProjectDocument</name>
    <message>
        <source>The same file is already attached as &quot;%1&quot;.</source>
        <translation>同一文件已作为“%1”添加。</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Replace file of %1</source>
        <translation>替换“%1”的文件</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除“%1”</translation>
    </message>
</context>
<context>
    <name>shenbao::ProjectsQualificationsPage</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>none linked</source>
        <translation>未关联</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Project (项目名称)</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Source and level</source>
        <translation>项目来源及级别</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Amount (万元)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Qualification (资质名称)</source>
        <translation>资质名称</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>认定机构</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>认定日期</translation>
    </message>
    <message>
        <source>Add undertaken project</source>
        <translation>添加承担项目</translation>
    </message>
    <message>
        <source>Edit undertaken project</source>
        <translation>编辑承担项目</translation>
    </message>
    <message>
        <source>Edit undertaken project %1</source>
        <translation>编辑承担项目 %1</translation>
    </message>
    <message>
        <source>Remove undertaken project %1</source>
        <translation>删除承担项目 %1</translation>
    </message>
    <message>
        <source>Add qualification</source>
        <translation>添加资质</translation>
    </message>
    <message>
        <source>Edit qualification</source>
        <translation>编辑资质</translation>
    </message>
    <message>
        <source>Edit qualification %1</source>
        <translation>编辑资质 %1</translation>
    </message>
    <message>
        <source>Remove qualification %1</source>
        <translation>删除资质 %1</translation>
    </message>
</context>
<context>
    <name>shenbao::RecordTable</name>
    <message>
        <source>&amp;Add row</source>
        <translation>添加一行(&amp;A)</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除一行</translation>
    </message>
</context>
<context>
    <name>shenbao::StartPage</name>
    <message>
        <source>Districts pass the applications to %1 by %2</source>
        <translation>各区于%2前将申报材料报送%1</translation>
    </message>
    <message>
        <source>Cities report to the province by %1</source>
        <translation>各地市于%1前报省工业和信息化厅</translation>
    </message>
    <message>
        <source>No applications yet. Start a new one, or open the example to look around.</source>
        <translation>还没有申报。请新建申报，或打开示例了解使用方法。</translation>
    </message>
    <message>
        <source>For district and city officers: check received dossiers, put them in recommendation order and export Attachment 3.</source>
        <translation>供区、市工信部门使用：审核收到的申报材料，按推荐优先顺序排列并导出附件3推荐汇总表。</translation>
    </message>
</context>
<context>
    <name>shenbao::UndertakenProjectDialog</name>
    <message>
        <source>Year: type four digits, e.g. 2020.</source>
        <translation>年度：请填写四位数字，例如 2020。</translation>
    </message>
    <message>
        <source>this project</source>
        <translation>该项目</translation>
    </message>
</context>
<context>
    <name>shenbao::Workspace</name>
    <message>
        <source>%1 is not an officer&apos;s workspace of this version of Shenbao.</source>
        <translation>%1 不是本版本软件的工信部门工作区。</translation>
    </message>
    <message>
        <source>The same dossier (fingerprint) is in the workspace more than once.</source>
        <translation>同一份申报材料（指纹相同）在工作区中出现多次。</translation>
    </message>
    <message>
        <source>Another dossier in the workspace has the same unified social credit code %1.</source>
        <translation>工作区中另一份申报材料的统一社会信用代码同为 %1。</translation>
    </message>
    <message>
        <source>%1: not read yet.</source>
        <translation>%1：尚未读取。</translation>
    </message>
    <message>
        <source>%1: integrity check failed or not a Shenbao dossier; it cannot go into the table.</source>
        <translation>%1：完整性校验未通过或不是本软件生成的申报材料，不能列入汇总表。</translation>
    </message>
    <message>
        <source>%1: the same applicant (%2) is selected twice; keep only one.</source>
        <translation>%1：同一申报单位（%2）被选了两次，请只保留一份。</translation>
    </message>
    <message>
        <source>No dossier selected.</source>
        <translation>未选择申报材料。</translation>
    </message>
</context>
<context>
    <name>shenbao::WorkspaceModel</name>
    <message>
        <source>Not read yet</source>
        <translation>尚未读取</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Not a Shenbao dossier</source>
        <translation>非本软件生成</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>The dossier is being read, or reading was cancelled.</source>
        <translation>申报材料正在读取，或读取已取消。</translation>
    </message>
    <message>
        <source>The file is the one Shenbao exported for these data, unchanged: one revision, every page as bound, the fingerprint printed on the cover and in every footer, and the recomputed conditions agree. This does not prove the data true, nor that nobody re-exported edited data with Shenbao: only a digital signature could show who made the file.</source>
        <translation>文件与 Shenbao 为这些数据导出时相同、未被改动：只有一个修订版本，每一页都是装订时的页面，封面与每页页脚印的指纹、重新计算的条件均相符。这不证明数据属实，也无法识别有人用 Shenbao 对改动后的数据重新导出：只有数字签名才能表明文件由谁生成。</translation>
    </message>
    <message>
        <source>This PDF carries no Shenbao data: its figures must be entered by hand.</source>
        <translation>此 PDF 不含本软件的数据：其数据需手工录入。</translation>
    </message>
    <message>
        <source>Preliminary review remarks (初审意见): double-click to edit; exported as column 16.</source>
        <translation>初审意见：双击可编辑，导出为第16列。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>推荐顺序</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申报单位名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所在区（县）</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>申报领域</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>认定方式</translation>
    </message>
    <message>
        <source>Conditions (recomputed)</source>
        <translation>条件符合情况</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Avg. main revenue, 3 years (10k yuan)</source>
        <translation>近三年平均主营业务收入（万元）</translation>
    </message>
    <message>
        <source>Core invention patents</source>
        <translation>核心发明专利数</translation>
    </message>
    <message>
        <source>R&amp;D staff</source>
        <translation>研发技术团队人数</translation>
    </message>
    <message>
        <source>Typical cases in Guangdong, %1</source>
        <translation>%1年省内典型案例数</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
</context>
</TS>
