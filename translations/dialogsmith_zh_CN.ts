<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ConversationExport</name>
    <message>
        <source>Cannot read the conversations: %1</source>
        <translation>无法读取对话：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>DesignStore</name>
    <message>
        <source>Cannot read the project&apos;s design: %1</source>
        <translation>无法读取项目的设计：%1</translation>
    </message>
    <message>
        <source>the project&apos;s design</source>
        <translation>项目的设计</translation>
    </message>
    <message>
        <source>Cannot read the project&apos;s documents: %1</source>
        <translation>无法读取项目的文档：%1</translation>
    </message>
    <message>
        <source>Cannot save the project&apos;s design: %1</source>
        <translation>无法保存项目的设计：%1</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>A studio for synthetic training data: design conversations, generate them with teacher models, curate them and export them for fine-tuning.</source>
        <translation>合成训练数据工作室：设计对话，用教师模型生成对话，筛选整理后导出用于微调。</translation>
    </message>
    <message>
        <source>Licensed under the &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>根据 &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; 授权。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>使用 Qt %1 构建，运行于 Qt %2。</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::Engine::GenerationEngine</name>
    <message>
        <source>Cannot generate into %1: the project file cannot be written.</source>
        <translation>无法生成到 %1：无法写入项目文件。</translation>
    </message>
    <message>
        <source>There is no run to retry: the project has not generated anything yet.</source>
        <translation>没有可重试的运行：项目尚未生成任何内容。</translation>
    </message>
    <message>
        <source>the design of run %1</source>
        <translation>运行 %1 的设计</translation>
    </message>
    <message>
        <source>Run %1 cannot be resumed: its document &quot;%2&quot; was changed or removed since it started. Start a new run instead.</source>
        <translation>无法继续运行 %1：其文档“%2”在运行开始后已被更改或删除。请改为开始新的运行。</translation>
    </message>
    <message>
        <source>The project has no provider profile: add one that says which model to use.</source>
        <translation>项目没有提供商配置：请添加一个配置，指定要使用的模型。</translation>
    </message>
    <message>
        <source>The project has several provider profiles: choose the one for the user simulator and the one for the assistant in the generation settings.</source>
        <translation>项目有多个提供商配置：请在生成设置中分别为用户模拟器和助手选择配置。</translation>
    </message>
    <message>
        <source>The %1 template cannot be rendered: %2</source>
        <translation>无法渲染 %1 模板：%2</translation>
    </message>
    <message numerus="yes">
        <source>The model &quot;%1&quot; answered with an empty message %n time(s) in a row.</source>
        <translation>
            <numerusform>模型“%1”连续 %n 次返回了空消息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The budget of $%1 is used up ($%2 spent).</source>
        <translation>$%1 的预算已用完（已花费 $%2）。</translation>
    </message>
    <message>
        <source>The budget of %1 tokens is used up (%2 used).</source>
        <translation>%1 个 token 的预算已用完（已使用 %2 个）。</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::LivePreviewPanel</name>
    <message>
        <source>No run in progress.
Conversations appear here, turn by turn, while they are being written.</source>
        <translation>当前没有运行任务。
对话在生成过程中会逐轮显示在这里。</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::Llm::HttpTransport</name>
    <message>
        <source>TLS is not available on this system</source>
        <translation>此系统上不支持 TLS</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL</source>
        <translation>%1 不是 http 或 https URL</translation>
    </message>
    <message>
        <source>the server closed the connection before the answer was complete</source>
        <translation>服务器在响应完成前关闭了连接</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>连接已关闭</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::Llm::LlmClient</name>
    <message>
        <source>there is no provider profile named &quot;%1&quot;</source>
        <translation>没有名为“%1”的提供商配置</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 is plain http to another machine</source>
        <translation>%1 使用明文 http 连接其他机器</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>未设置环境变量 %1</translation>
    </message>
    <message>
        <source>no keychain is available here</source>
        <translation>此处没有可用的密钥链</translation>
    </message>
    <message>
        <source>the keychain has no key named &quot;%1&quot;</source>
        <translation>密钥链中没有名为“%1”的密钥</translation>
    </message>
    <message>
        <source>the profile has no endpoint</source>
        <translation>该配置没有端点</translation>
    </message>
    <message>
        <source>the answer is larger than 64 MiB</source>
        <translation>响应超过 64 MiB</translation>
    </message>
    <message>
        <source>the stream is larger than 64 MiB</source>
        <translation>数据流超过 64 MiB</translation>
    </message>
    <message>
        <source>a stream line is too long</source>
        <translation>数据流中有一行过长</translation>
    </message>
    <message>
        <source>the server redirected to %1; set the base URL to where it points</source>
        <translation>服务器重定向到了 %1；请将基础 URL 设置为其指向的地址</translation>
    </message>
    <message>
        <source>the stream closed before its last event</source>
        <translation>数据流在最后一个事件之前关闭</translation>
    </message>
    <message>
        <source>the server asked to wait %1 s before retrying</source>
        <translation>服务器要求等待 %1 s 后再重试</translation>
    </message>
    <message>
        <source>no content for %1 ms</source>
        <translation>%1 ms 内没有收到内容</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 ms 内没有响应</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new project file</source>
        <translation>创建新的项目文件</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>打开项目文件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the changes to the project</source>
        <translation>保存对项目的更改</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the project under a new name and continue there</source>
        <translation>以新名称保存项目，并在新文件中继续工作</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Dialogsmith</source>
        <translation>退出 Dialogsmith</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the current view</source>
        <translation>在当前视图中搜索</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Start generating with the project&apos;s run settings</source>
        <translation>使用项目的运行设置开始生成</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause the run after the turns in flight</source>
        <translation>在进行中的轮次完成后暂停运行</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the run now; completed turns are kept</source>
        <translation>立即停止运行；已完成的轮次会保留</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>提供商(&amp;P)…</translation>
    </message>
    <message>
        <source>Set up the teacher models of this project</source>
        <translation>设置此项目的教师模型</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>首选项(&amp;R)…</translation>
    </message>
    <message>
        <source>Language and other settings of the studio</source>
        <translation>语言及工作室的其他设置</translation>
    </message>
    <message>
        <source>&amp;About Dialogsmith</source>
        <translation>关于 Dialogsmith(&amp;A)</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>版本和许可证</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>OpenAI messages (JSONL)…</source>
        <translation>OpenAI 消息格式 (JSONL)…</translation>
    </message>
    <message>
        <source>ShareGPT (JSONL)…</source>
        <translation>ShareGPT (JSONL)…</translation>
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
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Live Preview</source>
        <translation>实时预览</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Dialogsmith projects (*.%1)</source>
        <translation>Dialogsmith 项目 (*.%1)</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Opened %1 read-only: the file cannot be written</source>
        <translation>已以只读方式打开 %1：无法写入该文件</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Dialogsmith starts.</source>
        <translation>新语言将在下次启动 Dialogsmith 时生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ProjectNavigator</name>
    <message>
        <source>No project is open.
Create one with File ▸ New or open one with File ▸ Open.</source>
        <translation>没有打开的项目。
可通过“文件 ▸ 新建”创建项目，或通过“文件 ▸ 打开”打开已有项目。</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>人设</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::RunPanel</name>
    <message>
        <source>No run in progress</source>
        <translation>当前没有运行任务</translation>
    </message>
    <message>
        <source>%p% · ETA —</source>
        <translation>%p% · 剩余时间 —</translation>
    </message>
    <message>
        <source>Conversations done</source>
        <translation>已完成对话</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>每分钟请求数</translation>
    </message>
    <message>
        <source>Rate limited (429)</source>
        <translation>速率受限 (429)</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::StartPage</name>
    <message>
        <source>Design conversations, generate them with teacher models, curate them, and export training data.</source>
        <translation>设计对话，用教师模型生成对话，筛选整理，然后导出训练数据。</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Start an empty project file for topics, personas, documents and the data generated from them.</source>
        <translation>新建一个空项目文件，用于存放主题、人设、文档以及由它们生成的数据。</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <source>Continue with a .dialogsmith project file.</source>
        <translation>继续处理 .dialogsmith 项目文件。</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>Projects you open appear here.</source>
        <translation>您打开过的项目会显示在这里。</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the server&apos;s answer is not valid HTTP (%1)</source>
        <translation>服务器的响应不是有效的 HTTP（%1）</translation>
    </message>
    <message>
        <source>the server closed the connection before the answer was complete</source>
        <translation>服务器在响应完成前关闭了连接</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No system keychain is available (%1). Put the key in an environment variable instead.</source>
        <translation>没有可用的系统密钥链（%1）。请改为将密钥放在环境变量中。</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused (%1).</source>
        <translation>访问系统密钥链的请求被拒绝（%1）。</translation>
    </message>
    <message>
        <source>The system keychain denied access (%1).</source>
        <translation>系统密钥链拒绝了访问（%1）。</translation>
    </message>
    <message>
        <source>The key could not be deleted from the system keychain (%1).</source>
        <translation>无法从系统密钥链中删除该密钥（%1）。</translation>
    </message>
    <message>
        <source>The system keychain reported an error (%1).</source>
        <translation>系统密钥链报告了错误（%1）。</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>someone who wants to learn about the topic</source>
        <translation>想要了解该主题的人</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>a knowledgeable, helpful assistant</source>
        <translation>知识渊博、乐于助人的助手</translation>
    </message>
    <message>
        <source>The project has no topics: add at least one topic to generate conversations about.</source>
        <translation>项目没有主题：请至少添加一个主题，用于生成与之相关的对话。</translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <source>%1/%2 conversations</source>
        <translation>%1/%2 个对话</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>，%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 tokens</source>
        <translation> · %1 个 token</translation>
    </message>
    <message numerus="yes">
        <source> · %n rate-limited</source>
        <translation>
            <numerusform> · %n 次速率受限</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 messages/s</source>
        <translation> · %1 条消息/秒</translation>
    </message>
    <message>
        <source> · ETA %1</source>
        <translation> · 剩余时间 %1</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · 已暂停</translation>
    </message>
    <message>
        <source>Resuming run %1: %2 of %3 conversations already done.</source>
        <translation>继续运行 %1：%3 个对话中已完成 %2 个。</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: generating %n conversation(s).</source>
        <translation>
            <numerusform>运行 %1：正在生成 %n 个对话。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>Cannot create %1: the folder does not exist.</source>
        <translation>无法创建 %1：文件夹不存在。</translation>
    </message>
    <message>
        <source>Cannot create %1: the file that is there cannot be replaced.</source>
        <translation>无法创建 %1：无法替换该位置已有的文件。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>无法打开 %1：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a readable file.</source>
        <translation>无法打开 %1：它不是可读取的文件。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a Dialogsmith project (not an SQLite database, or damaged).</source>
        <translation>无法打开 %1：它不是 Dialogsmith 项目（不是 SQLite 数据库，或已损坏）。</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a Dialogsmith project (it has no project metadata).</source>
        <translation>无法打开 %1：它不是 Dialogsmith 项目（没有项目元数据）。</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a Dialogsmith project (its metadata names no Dialogsmith format).</source>
        <translation>无法打开 %1：它不是 Dialogsmith 项目（其元数据未指明 Dialogsmith 格式）。</translation>
    </message>
    <message>
        <source>Cannot open %1: its format version &quot;%2&quot; is not valid.</source>
        <translation>无法打开 %1：格式版本“%2”无效。</translation>
    </message>
    <message>
        <source>Cannot open %1: it was made by a newer Dialogsmith (project format %2; this version reads up to format %3). Update Dialogsmith to open it.</source>
        <translation>无法打开 %1：它由较新版本的 Dialogsmith 创建（项目格式 %2；此版本最高只能读取格式 %3）。请更新 Dialogsmith 后再打开。</translation>
    </message>
    <message>
        <source>Cannot save a copy of the project over itself (%1).</source>
        <translation>无法将项目副本保存并覆盖项目自身（%1）。</translation>
    </message>
    <message>
        <source>Cannot save to %1: the file that is there cannot be replaced.</source>
        <translation>无法保存到 %1：无法替换该位置已有的文件。</translation>
    </message>
    <message>
        <source>Cannot save to %1: %2</source>
        <translation>无法保存到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: it was made by an older Dialogsmith and must be updated, but it cannot be written. Make it writable, or open a copy.</source>
        <translation>无法打开 %1：它由较旧版本的 Dialogsmith 创建，需要更新，但无法写入。请使其可写，或打开一个副本。</translation>
    </message>
    <message>
        <source>Cannot open %1: updating it from format %2 failed: %3</source>
        <translation>无法打开 %1：从格式 %2 更新失败：%3</translation>
    </message>
</context>
<context>
    <name>ProjectSpec</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>……另有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3.</source>
        <translation>%1 不在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <source>unknown key; did you mean &quot;%1&quot;?</source>
        <translation>未知的键；您是否指的是 &quot;%1&quot;？</translation>
    </message>
    <message>
        <source>unknown key.</source>
        <translation>未知的键。</translation>
    </message>
    <message>
        <source>expected text in double quotes, found %1.</source>
        <translation>应为双引号中的文本，实际为%1。</translation>
    </message>
    <message>
        <source>expected a number, found %1.</source>
        <translation>应为数字，实际为%1。</translation>
    </message>
    <message>
        <source>expected a number or null, found %1.</source>
        <translation>应为数字或 null，实际为%1。</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3.</source>
        <translation>应为 %1 到 %2 之间的整数，实际为%3。</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 不是整数。</translation>
    </message>
    <message>
        <source>expected an object {…}, found %1.</source>
        <translation>应为对象 {…}，实际为%1。</translation>
    </message>
    <message>
        <source>expected a list […], found %1.</source>
        <translation>应为列表 […]，实际为%1。</translation>
    </message>
    <message>
        <source>expected true or false, found %1.</source>
        <translation>应为 true 或 false，实际为%1。</translation>
    </message>
    <message>
        <source>names no file.</source>
        <translation>未指定文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: only a spec read from a file can refer to files.</source>
        <translation>无法读取 %1：只有从文件读取的规格才能引用文件。</translation>
    </message>
    <message>
        <source>%1 is an absolute path: files are named relative to the spec&apos;s folder.</source>
        <translation>%1 是绝对路径：文件须以相对于规格所在文件夹的路径指定。</translation>
    </message>
    <message>
        <source>%1 is outside the spec&apos;s folder.</source>
        <translation>%1 位于规格所在文件夹之外。</translation>
    </message>
    <message>
        <source>there is no file %1 in %2.</source>
        <translation>%2 中没有文件 %1。</translation>
    </message>
    <message>
        <source>%1 leads outside the spec&apos;s folder.</source>
        <translation>%1 指向规格所在文件夹之外。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 大于 %2 MiB。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (documents are read as plain text or Markdown).</source>
        <translation>%1 不是 UTF-8 文本（文档按纯文本或 Markdown 读取）。</translation>
    </message>
    <message>
        <source>expected %1, found %2.</source>
        <translation>应为%1，实际为%2。</translation>
    </message>
    <message>
        <source>topics are nested more than %1 deep.</source>
        <translation>主题嵌套超过 %1 层。</translation>
    </message>
    <message>
        <source>expected a topic (its name in double quotes, or an object {&quot;name&quot;: …}), found %1.</source>
        <translation>应为主题（用双引号括起的名称，或对象 {&quot;name&quot;: …}），实际为%1。</translation>
    </message>
    <message>
        <source>a persona, an object {&quot;name&quot;: …}</source>
        <translation>人设，即对象 {&quot;name&quot;: …}</translation>
    </message>
    <message>
        <source>%1 is not &quot;user&quot; or &quot;assistant&quot;.</source>
        <translation>%1 不是 &quot;user&quot; 或 &quot;assistant&quot;。</translation>
    </message>
    <message>
        <source>a scenario (its description in double quotes, or an object)</source>
        <translation>场景（用双引号括起的描述，或对象）</translation>
    </message>
    <message>
        <source>a structure (its name in double quotes, or an object)</source>
        <translation>结构（用双引号括起的名称，或对象）</translation>
    </message>
    <message>
        <source>a document, an object {&quot;title&quot;: …, &quot;text&quot;: …}</source>
        <translation>文档，即对象 {&quot;title&quot;: …, &quot;text&quot;: …}</translation>
    </message>
    <message>
        <source>give either &quot;text&quot; or &quot;file&quot;, not both.</source>
        <translation>请指定 &quot;text&quot; 或 &quot;file&quot; 之一，不能同时指定。</translation>
    </message>
    <message>
        <source>a document needs its &quot;text&quot; or a &quot;file&quot; to read it from.</source>
        <translation>文档需要 &quot;text&quot;，或用于读取文本的 &quot;file&quot;。</translation>
    </message>
    <message>
        <source>the template&apos;s text, or an object {&quot;file&quot;: …}</source>
        <translation>模板文本，或对象 {&quot;file&quot;: …}</translation>
    </message>
    <message>
        <source>needs &quot;file&quot;: the template file to read.</source>
        <translation>需要 &quot;file&quot;：要读取的模板文件。</translation>
    </message>
    <message>
        <source>a provider profile, an object {&quot;name&quot;: …}</source>
        <translation>提供商配置，即对象 {&quot;name&quot;: …}</translation>
    </message>
    <message>
        <source>an endpoint, an object {&quot;baseUrl&quot;: …}</source>
        <translation>端点，即对象 {&quot;baseUrl&quot;: …}</translation>
    </message>
    <message>
        <source>the model&apos;s prices, an object {&quot;input&quot;: …, &quot;output&quot;: …}</source>
        <translation>模型价格，即对象 {&quot;input&quot;: …, &quot;output&quot;: …}</translation>
    </message>
    <message>
        <source>give both &quot;min&quot; and &quot;max&quot;, or one number for a fixed number of turns.</source>
        <translation>请同时指定 &quot;min&quot; 和 &quot;max&quot;，或用一个数字表示固定轮数。</translation>
    </message>
    <message>
        <source>expected a number of turns or an object {&quot;min&quot;: …, &quot;max&quot;: …}, found %1.</source>
        <translation>应为轮数或对象 {&quot;min&quot;: …, &quot;max&quot;: …}，实际为%1。</translation>
    </message>
    <message>
        <source>a persona needs a name.</source>
        <translation>人设需要名称。</translation>
    </message>
    <message>
        <source>every %1 persona has weight 0: at least one must have more.</source>
        <translation>所有 %1 人设的权重均为 0：至少要有一个大于 0。</translation>
    </message>
    <message>
        <source>a scenario needs a description.</source>
        <translation>场景需要描述。</translation>
    </message>
    <message>
        <source>a structure needs a name.</source>
        <translation>结构需要名称。</translation>
    </message>
    <message>
        <source>a document needs a title.</source>
        <translation>文档需要标题。</translation>
    </message>
    <message>
        <source>%1 holds no text.</source>
        <translation>%1 不包含文本。</translation>
    </message>
    <message>
        <source>the document has no text.</source>
        <translation>文档没有文本。</translation>
    </message>
    <message>
        <source>%1 is not between 0 and %2: the overlap must be less than the chunk size.</source>
        <translation>%1 不在 0 到 %2 之间：重叠必须小于片段大小。</translation>
    </message>
    <message>
        <source>%1 is not a weight: a weight is a number from 0 to %2.</source>
        <translation>%1 不是有效的权重：权重是 0 到 %2 之间的数字。</translation>
    </message>
    <message>
        <source>every weight is 0: at least one must be more, or nothing can be drawn.</source>
        <translation>所有权重均为 0：至少要有一个大于 0，否则无法抽取任何内容。</translation>
    </message>
    <message>
        <source>a topic needs a name.</source>
        <translation>主题需要名称。</translation>
    </message>
    <message>
        <source>the template is empty.</source>
        <translation>模板为空。</translation>
    </message>
    <message>
        <source>%1 is also the name of providers[%2]: every profile needs a name of its own.</source>
        <translation>%1 也是 providers[%2] 的名称：每个配置都需要自己的名称。</translation>
    </message>
    <message>
        <source>a price needs the name of its model.</source>
        <translation>价格需要对应的模型名称。</translation>
    </message>
    <message>
        <source>%1 is not a price: dollars per million tokens, at least 0.</source>
        <translation>%1 不是有效的价格：应为每百万 token 的美元价格，至少为 0。</translation>
    </message>
    <message>
        <source>%1 is none of the spec&apos;s provider profiles (%2).</source>
        <translation>%1 不是规格中的任何提供商配置（%2）。</translation>
    </message>
    <message>
        <source>%1 is more than max (%2).</source>
        <translation>%1 大于 max（%2）。</translation>
    </message>
    <message>
        <source>%1 is not an amount of dollars of at least 0.</source>
        <translation>%1 不是大于等于 0 的美元金额。</translation>
    </message>
    <message>
        <source>the end marker is empty: the user simulator could not end a conversation.</source>
        <translation>结束标记为空：用户模拟器将无法结束对话。</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply.</source>
        <translation>JSON 嵌套过深。</translation>
    </message>
    <message>
        <source>the JSON is too large.</source>
        <translation>JSON 过大。</translation>
    </message>
    <message>
        <source>there is more after the spec&apos;s closing brace.</source>
        <translation>规格的右花括号之后还有其他内容。</translation>
    </message>
    <message>
        <source>this text is not valid UTF-8.</source>
        <translation>此文本不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>the JSON ends too early: the file is cut short, or a bracket, brace or quote is not closed.</source>
        <translation>JSON 提前结束：文件被截断，或有方括号、花括号或引号未闭合。</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key.</source>
        <translation>键之后应为“:”。</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; between two values.</source>
        <translation>两个值之间应为“,”。</translation>
    </message>
    <message>
        <source>expected a value: text in double quotes, a number, true, false, null, a list or an object (keys need double quotes too).</source>
        <translation>应为一个值：双引号中的文本、数字、true、false、null、列表或对象（键也需要双引号）。</translation>
    </message>
    <message>
        <source>this is not a number JSON allows (or it is too large).</source>
        <translation>这不是 JSON 允许的数字（或数值过大）。</translation>
    </message>
    <message>
        <source>this is not an escape sequence JSON allows (a backslash in text is written \\).</source>
        <translation>这不是 JSON 允许的转义序列（文本中的反斜杠应写作 \\）。</translation>
    </message>
    <message>
        <source>the text is not closed by &apos;&quot;&apos;.</source>
        <translation>文本没有用“&quot;”闭合。</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>the spec is larger than %1 MiB.</source>
        <translation>规格大于 %1 MiB。</translation>
    </message>
    <message>
        <source>the spec is empty.</source>
        <translation>规格为空。</translation>
    </message>
    <message>
        <source>the spec is a list; a spec is an object {&quot;format&quot;: &quot;%1&quot;, …}.</source>
        <translation>规格是一个列表；规格应为对象 {&quot;format&quot;: &quot;%1&quot;, …}。</translation>
    </message>
    <message>
        <source>the key %1 appears twice in the same object.</source>
        <translation>键 %1 在同一个对象中出现了两次。</translation>
    </message>
    <message>
        <source>missing: a Dialogsmith spec starts with &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>缺失：Dialogsmith 规格以 &quot;format&quot;: &quot;%1&quot; 开头。</translation>
    </message>
    <message>
        <source>%1 is not &quot;%2&quot;: this is not a Dialogsmith spec.</source>
        <translation>%1 不是 &quot;%2&quot;：这不是 Dialogsmith 规格。</translation>
    </message>
    <message>
        <source>missing: a spec says which version of the format it is written in, such as &quot;version&quot;: %1.</source>
        <translation>缺失：规格需说明其所用的格式版本，例如 &quot;version&quot;: %1。</translation>
    </message>
    <message>
        <source>%1 is not a spec version: versions are whole numbers from 1.</source>
        <translation>%1 不是有效的规格版本：版本是从 1 开始的整数。</translation>
    </message>
    <message>
        <source>written by a newer Dialogsmith: spec version %1, this version reads up to %2.</source>
        <translation>由较新版本的 Dialogsmith 写入：规格版本 %1，此版本最高只能读取 %2。</translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>无法打开 %1：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a file.</source>
        <translation>无法打开 %1：它不是文件。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>expected a key in double quotes, a &apos;,&apos; between members, or the &apos;}&apos; that closes the object.</source>
        <translation>应为双引号中的键、成员之间的“,”，或闭合对象的“}”。</translation>
    </message>
    <message>
        <source>expected a &apos;,&apos; between items, or the &apos;]&apos; that closes the list.</source>
        <translation>应为列表项之间的“,”，或闭合列表的“]”。</translation>
    </message>
    <message>
        <source>text cannot hold a line break or other control character as it is: write \n for a line break, \t for a tab.</source>
        <translation>文本中不能直接包含换行符或其他控制字符：换行请写作 \n，制表符请写作 \t。</translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <source>Check the API key of profile &quot;%1&quot; (Tools ▸ Providers).</source>
        <translation>请检查配置“%1”的 API 密钥（工具 ▸ 提供商）。</translation>
    </message>
    <message>
        <source>Check the model name and base URL of profile &quot;%1&quot;.</source>
        <translation>请检查配置“%1”的模型名称和基础 URL。</translation>
    </message>
    <message>
        <source>The account behind profile &quot;%1&quot; has no quota or credit left; the run was stopped.</source>
        <translation>配置“%1”所用账户的配额或额度已用完；运行已停止。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; would send its key over plain http to another machine. Use https, or allow plain http for this profile explicitly.</source>
        <translation>配置“%1”会通过明文 http 将密钥发送到其他机器。请使用 https，或为此配置明确允许明文 http。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no API key: store one in Tools ▸ Providers or set its environment variable.</source>
        <translation>配置“%1”没有 API 密钥：请在“工具 ▸ 提供商”中保存密钥，或设置其环境变量。</translation>
    </message>
    <message>
        <source>The server rejected the request of profile &quot;%1&quot;.</source>
        <translation>服务器拒绝了配置“%1”的请求。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2.</source>
        <translation>配置“%1”：%2。</translation>
    </message>
    <message>
        <source>%1 (HTTP %2: %3)</source>
        <translation>%1（HTTP %2：%3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>no answer arrived in time</source>
        <translation>未能及时收到响应</translation>
    </message>
    <message>
        <source>the stream stalled</source>
        <translation>数据流停滞</translation>
    </message>
    <message>
        <source>the stream ended early</source>
        <translation>数据流提前结束</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>速率受限</translation>
    </message>
    <message>
        <source>the server is overloaded</source>
        <translation>服务器过载</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not in the expected format</source>
        <translation>服务器响应的格式不符合预期</translation>
    </message>
    <message>
        <source>the server reported an error during the stream</source>
        <translation>服务器在数据流传输过程中报告了错误</translation>
    </message>
    <message>
        <source>bad request</source>
        <translation>请求无效</translation>
    </message>
    <message>
        <source>the API key was refused</source>
        <translation>API 密钥被拒绝</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>quota exhausted</source>
        <translation>配额已用尽</translation>
    </message>
    <message>
        <source>refused to send a key over plain http</source>
        <translation>拒绝通过明文 http 发送密钥</translation>
    </message>
    <message>
        <source>no API key</source>
        <translation>没有 API 密钥</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>Cannot write to the project: %1</source>
        <translation>无法写入项目：%1</translation>
    </message>
    <message>
        <source>Cannot read the project&apos;s runs: %1</source>
        <translation>无法读取项目的运行记录：%1</translation>
    </message>
    <message>
        <source>The project has no run %1.</source>
        <translation>项目中没有运行 %1。</translation>
    </message>
    <message>
        <source>Cannot read the run&apos;s conversations: %1</source>
        <translation>无法读取该运行的对话：%1</translation>
    </message>
    <message>
        <source>Cannot read conversation %1: %2</source>
        <translation>无法读取对话 %1：%2</translation>
    </message>
    <message>
        <source>Conversation %1 is damaged: message %2 is missing.</source>
        <translation>对话 %1 已损坏：缺少消息 %2。</translation>
    </message>
    <message>
        <source>Cannot read the run&apos;s calls: %1</source>
        <translation>无法读取该运行的调用记录：%1</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>The comment is not closed by &apos;--}}&apos;.</source>
        <translation>注释没有用“--}}”闭合。</translation>
    </message>
    <message>
        <source>&apos;{{&apos; is not closed by &apos;}}&apos;.</source>
        <translation>“{{”没有用“}}”闭合。</translation>
    </message>
    <message>
        <source>The tag names no variable.</source>
        <translation>该标签没有指定变量。</translation>
    </message>
    <message>
        <source>Unknown helper &apos;#%1&apos;: use #if, #unless or #each.</source>
        <translation>未知的辅助函数“#%1”：请使用 #if、#unless 或 #each。</translation>
    </message>
    <message>
        <source>&apos;{{#%1}}&apos; needs a variable.</source>
        <translation>“{{#%1}}”需要一个变量。</translation>
    </message>
    <message>
        <source>&apos;{{#%1}}&apos; takes one variable, not &apos;%2&apos;.</source>
        <translation>“{{#%1}}”只接受一个变量，而不是“%2”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a variable name.</source>
        <translation>“%1”不是变量名。</translation>
    </message>
    <message>
        <source>Unknown section end &apos;{{/%1}}&apos;.</source>
        <translation>未知的区块结束标签“{{/%1}}”。</translation>
    </message>
    <message>
        <source>&apos;{{/%1}}&apos; takes nothing after the name.</source>
        <translation>“{{/%1}}”的名称后面不能再有其他内容。</translation>
    </message>
    <message>
        <source>&apos;{{else}}&apos; takes no condition: nest an &apos;{{#if}}&apos; inside it.</source>
        <translation>“{{else}}”不接受条件：请在其中嵌套一个“{{#if}}”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is only available inside &apos;{{#each}}&apos;.</source>
        <translation>“%1”只能在“{{#each}}”内部使用。</translation>
    </message>
    <message>
        <source>Sections are nested more than %1 deep.</source>
        <translation>区块嵌套超过 %1 层。</translation>
    </message>
    <message>
        <source>&apos;{{else}}&apos; is only allowed directly inside &apos;{{#if}}&apos; or &apos;{{#unless}}&apos;.</source>
        <translation>“{{else}}”只能直接位于“{{#if}}”或“{{#unless}}”内部。</translation>
    </message>
    <message>
        <source>A second &apos;{{else}}&apos; in the same &apos;{{#%1}}&apos;.</source>
        <translation>同一个“{{#%1}}”中出现了第二个“{{else}}”。</translation>
    </message>
    <message>
        <source>&apos;{{/%1}}&apos; has no matching &apos;{{#%1}}&apos;.</source>
        <translation>“{{/%1}}”没有对应的“{{#%1}}”。</translation>
    </message>
    <message>
        <source>&apos;{{/%1}}&apos; closes &apos;{{#%2}}&apos; from line %3, column %4.</source>
        <translation>“{{/%1}}”关闭的是第 %3 行第 %4 列的“{{#%2}}”。</translation>
    </message>
    <message>
        <source>&apos;{{#%1}}&apos; is not closed by &apos;{{/%1}}&apos;.</source>
        <translation>“{{#%1}}”没有用“{{/%1}}”闭合。</translation>
    </message>
    <message>
        <source>The template produces too much text: rendering stopped here.</source>
        <translation>模板生成的文本过多：渲染已在此处停止。</translation>
    </message>
    <message>
        <source>No value for &apos;%1&apos;.</source>
        <translation>“%1”没有值。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a value of a type templates do not support (%2).</source>
        <translation>“%1”中的值属于模板不支持的类型（%2）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a list and cannot be written as text: use &apos;{{#each %1}}&apos;.</source>
        <translation>“%1”是列表，无法作为文本输出：请使用“{{#each %1}}”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a map and cannot be written as text: write one of its fields.</source>
        <translation>“%1”是映射，无法作为文本输出：请输出它的某个字段。</translation>
    </message>
    <message>
        <source>&apos;{{#each %1}}&apos; needs a list, but &apos;%1&apos; is %2.</source>
        <translation>“{{#each %1}}”需要列表，但“%1”是%2。</translation>
    </message>
    <message>
        <source>Unknown variable &apos;%1&apos;.</source>
        <translation>未知变量“%1”。</translation>
    </message>
    <message>
        <source>Unknown variable &apos;%1&apos;: &apos;%2&apos; is %3 and has no fields.</source>
        <translation>未知变量“%1”：“%2”是%3，没有字段。</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>VariableSchema</name>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>The persona&apos;s name.</source>
        <translation>人设的名称。</translation>
    </message>
    <message>
        <source>Who the persona is, in a sentence or two.</source>
        <translation>用一两句话说明这个人设是谁。</translation>
    </message>
    <message>
        <source>How the persona relates to the other speaker (for example &quot;student of&quot;).</source>
        <translation>人设与对话另一方的关系（例如“……的学生”）。</translation>
    </message>
    <message>
        <source>The persona&apos;s mood in this conversation.</source>
        <translation>人设在这段对话中的情绪。</translation>
    </message>
    <message>
        <source>How much the persona knows about the topic (for example &quot;beginner&quot;).</source>
        <translation>人设对该主题的知识水平（例如“初学者”）。</translation>
    </message>
    <message>
        <source>What the persona wants from the conversation.</source>
        <translation>人设希望通过对话达成的目标。</translation>
    </message>
    <message>
        <source>How the persona talks.</source>
        <translation>人设的说话风格。</translation>
    </message>
    <message>
        <source>The language the persona speaks.</source>
        <translation>人设使用的语言。</translation>
    </message>
    <message>
        <source>Who spoke: &quot;user&quot; or &quot;assistant&quot;.</source>
        <translation>发言者：“user”或“assistant”。</translation>
    </message>
    <message>
        <source>What was said.</source>
        <translation>发言的内容。</translation>
    </message>
    <message>
        <source>The topic&apos;s own name, the last step of its path.</source>
        <translation>主题本身的名称，即其路径的最后一级。</translation>
    </message>
    <message>
        <source>The topic with its parents, such as &quot;Mathematics › Calculus › Derivatives&quot;.</source>
        <translation>带上级主题的主题，例如“数学 › 微积分 › 导数”。</translation>
    </message>
    <message>
        <source>The topic&apos;s description; may be empty.</source>
        <translation>主题的描述；可能为空。</translation>
    </message>
    <message>
        <source>The persona who asks: the user side of the conversation.</source>
        <translation>提问的人设：对话中的用户一方。</translation>
    </message>
    <message>
        <source>The persona who answers: the assistant side.</source>
        <translation>回答的人设：助手一方。</translation>
    </message>
    <message>
        <source>The situation the conversation happens in.</source>
        <translation>对话发生的情境。</translation>
    </message>
    <message>
        <source>The kind of conversation: Q&amp;A, debate, lecture or tutoring.</source>
        <translation>对话的类型：问答、辩论、讲座或辅导。</translation>
    </message>
    <message>
        <source>The part of a document the conversation is grounded in; empty without documents.</source>
        <translation>对话所依据的文档片段；没有文档时为空。</translation>
    </message>
    <message>
        <source>The title of the document the chunk comes from; empty without documents.</source>
        <translation>该片段所属文档的标题；没有文档时为空。</translation>
    </message>
    <message>
        <source>How many turns the conversation will have.</source>
        <translation>对话总共的轮数。</translation>
    </message>
    <message>
        <source>How many turns follow the one being written.</source>
        <translation>正在撰写的轮次之后还有几轮。</translation>
    </message>
    <message>
        <source>Whether this is the conversation&apos;s first turn.</source>
        <translation>这是否为对话的第一轮。</translation>
    </message>
    <message>
        <source>The name of the persona who spoke.</source>
        <translation>发言人设的名称。</translation>
    </message>
    <message>
        <source>How that kind of conversation goes; may be empty.</source>
        <translation>该类对话的进行方式；可能为空。</translation>
    </message>
    <message>
        <source>The messages so far, oldest first: each has role, speaker and content.</source>
        <translation>到目前为止的消息，按从旧到新排列：每条消息都有 role、speaker 和 content。</translation>
    </message>
    <message>
        <source>The user message being answered; empty in the user simulator&apos;s prompts.</source>
        <translation>正在回答的用户消息；在用户模拟器的提示词中为空。</translation>
    </message>
    <message>
        <source>The number of the turn (a question and its answer) being written, from 1.</source>
        <translation>正在撰写的轮次编号（一问一答为一轮），从 1 开始。</translation>
    </message>
    <message>
        <source>What the user simulator replies to end the conversation early.</source>
        <translation>用户模拟器为提前结束对话而回复的内容。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>未知命令“%1”；请参阅 --help</translation>
    </message>
    <message>
        <source>missing arguments; see --help</source>
        <translation>缺少参数；请参阅 --help</translation>
    </message>
    <message>
        <source>too many arguments; see --help</source>
        <translation>参数过多；请参阅 --help</translation>
    </message>
    <message>
        <source>Creates a project file, empty or from a spec.</source>
        <translation>创建项目文件，可以为空，也可以基于规格创建。</translation>
    </message>
    <message>
        <source>The project file to create (*.dialogsmith).</source>
        <translation>要创建的项目文件（*.dialogsmith）。</translation>
    </message>
    <message>
        <source>Design the project from this JSON spec.</source>
        <translation>根据此 JSON 规格设计项目。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Replace a file that is already there.</source>
        <translation>替换已存在的文件。</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <translation>%1 已存在；使用 --force 可替换它。</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>已创建 %1。</translation>
    </message>
    <message>
        <source>Writes a project&apos;s design as a JSON spec, or replaces it with one.
  spec export PROJECT [--output FILE]
  spec import PROJECT SPEC.json</source>
        <translation>将项目的设计写为 JSON 规格，或用规格替换项目的设计。
  spec export PROJECT [--output FILE]
  spec import PROJECT SPEC.json</translation>
    </message>
    <message>
        <source>export or import</source>
        <translation>export 或 import</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>import: the spec to read.</source>
        <translation>import：要读取的规格。</translation>
    </message>
    <message>
        <source>export: write the spec to this file instead of the standard output.</source>
        <translation>export：将规格写入此文件，而不是标准输出。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>use &quot;spec export PROJECT&quot; or &quot;spec import PROJECT SPEC.json&quot;; see spec --help</source>
        <translation>用法为 &quot;spec export PROJECT&quot; 或 &quot;spec import PROJECT SPEC.json&quot;；请参阅 spec --help</translation>
    </message>
    <message>
        <source>Writes a project&apos;s conversations as JSON Lines for training.</source>
        <translation>将项目的对话写为 JSON Lines，用于训练。</translation>
    </message>
    <message>
        <source>openai or sharegpt.</source>
        <translation>openai 或 sharegpt。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Only conversations approved in curation.</source>
        <translation>仅包括筛选整理时已批准的对话。</translation>
    </message>
    <message>
        <source>Leave out the system prompt.</source>
        <translation>省略系统提示词。</translation>
    </message>
    <message>
        <source>Add each conversation&apos;s topic, personas, document and models.</source>
        <translation>添加每个对话的主题、人设、文档和模型。</translation>
    </message>
    <message>
        <source>--format must be openai or sharegpt</source>
        <translation>--format 必须为 openai 或 sharegpt</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>必须指定 --output</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n conversation(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个对话写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists a project&apos;s provider profiles, or tests that they answer.
  providers list PROJECT
  providers test PROJECT [PROFILE]</source>
        <translation>列出项目的提供商配置，或测试它们能否响应。
  providers list PROJECT
  providers test PROJECT [PROFILE]</translation>
    </message>
    <message>
        <source>list or test</source>
        <translation>list 或 test</translation>
    </message>
    <message>
        <source>test: only this profile.</source>
        <translation>test：仅测试此配置。</translation>
    </message>
    <message>
        <source>use &quot;providers list PROJECT&quot; or &quot;providers test PROJECT&quot;; see providers --help</source>
        <translation>用法为 &quot;providers list PROJECT&quot; 或 &quot;providers test PROJECT&quot;；请参阅 providers --help</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>无密钥</translation>
    </message>
    <message>
        <source>key in the keychain (%1)</source>
        <translation>密钥位于密钥链中（%1）</translation>
    </message>
    <message>
        <source>key in $%1</source>
        <translation>密钥位于 $%1</translation>
    </message>
    <message>
        <source>The project has no provider profiles.</source>
        <translation>项目没有提供商配置。</translation>
    </message>
    <message>
        <source>The project has no provider profile &quot;%1&quot;.</source>
        <translation>项目没有名为“%1”的提供商配置。</translation>
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
        <source>%1: reachable %2, authorized %3, model listed %4, streams %5, reports usage %6, JSON output %7, first byte %8 ms</source>
        <translation>%1：可访问 %2，已授权 %3，模型已列出 %4，流式传输 %5，报告用量 %6，JSON 输出 %7，首字节 %8 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 必须是 %2 到 %3 之间的数字，而不是“%4”</translation>
    </message>
    <message>
        <source>Generates conversations into a project. An unfinished run is resumed; otherwise a new run starts.</source>
        <translation>在项目中生成对话。如有未完成的运行则继续该运行，否则开始新的运行。</translation>
    </message>
    <message>
        <source>How many conversations a new run plans.</source>
        <translation>新运行计划生成的对话数量。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Conversations in progress at once.</source>
        <translation>同时进行的对话数量。</translation>
    </message>
    <message>
        <source>The provider profile for both sides.</source>
        <translation>用于双方的提供商配置。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The seed a new run is planned from.</source>
        <translation>规划新运行所用的随机种子。</translation>
    </message>
    <message>
        <source>Stop when this much is spent (US dollars).</source>
        <translation>花费达到此金额（美元）时停止。</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Stop when this many tokens are used.</source>
        <translation>使用的 token 达到此数量时停止。</translation>
    </message>
    <message>
        <source>Start a new run even if the last one is unfinished.</source>
        <translation>即使上次运行尚未完成，也开始新的运行。</translation>
    </message>
    <message>
        <source>Resume the last run and retry its failed conversations.</source>
        <translation>继续上次运行，并重试其中失败的对话。</translation>
    </message>
    <message>
        <source>Write events as JSON lines on the standard output.</source>
        <translation>以 JSON 行的形式将事件写入标准输出。</translation>
    </message>
    <message>
        <source>generate takes one project; see --help</source>
        <translation>generate 只接受一个项目；请参阅 --help</translation>
    </message>
    <message>
        <source>--new and --retry-failed exclude each other</source>
        <translation>--new 和 --retry-failed 不能同时使用</translation>
    </message>
    <message>
        <source>Conversation %1 failed: %2</source>
        <translation>对话 %1 失败：%2</translation>
    </message>
    <message>
        <source>Done: run %1 is complete.</source>
        <translation>完成：运行 %1 已结束。</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 is complete, but %n conversation(s) failed; &quot;generate --retry-failed&quot; retries them.</source>
        <translation>
            <numerusform>运行 %1 已结束，但有 %n 个对话失败；可使用 &quot;generate --retry-failed&quot; 重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted; run &quot;generate&quot; again to resume.</source>
        <translation>已中断；再次运行 &quot;generate&quot; 即可继续。</translation>
    </message>
    <message>
        <source>Run &quot;generate&quot; with a larger budget to go on.</source>
        <translation>使用更大的预算运行 &quot;generate&quot; 以继续。</translation>
    </message>
    <message>
        <source>Stopping; what is complete is saved. Press Ctrl+C again to quit at once.</source>
        <translation>正在停止；已完成的内容已保存。再次按 Ctrl+C 可立即退出。</translation>
    </message>
    <message>
        <source>Usage: dialogsmith-cli COMMAND [options]
Dialogsmith without a screen: the studio&apos;s engine for batch runs.

Commands:
  new PROJECT [--spec SPEC.json]        create a project, empty or from a spec
  spec export PROJECT [--output FILE]   write the project&apos;s design as a JSON spec
  spec import PROJECT SPEC.json         replace the project&apos;s design with a spec
  generate PROJECT [options]            generate conversations; resumes an unfinished run
  export PROJECT --format F --output FILE   write a dataset (openai, sharegpt)
  providers list|test PROJECT           show or test the provider profiles

COMMAND --help describes a command&apos;s options.
Exit codes: 0 done, 1 failed, 2 usage error, 3 interrupted but resumable.

Options:
  -h, --help     Displays this help.
  -v, --version  Displays version information.
</source>
        <translation>用法：dialogsmith-cli COMMAND [options]
无界面的 Dialogsmith：用于批量运行的工作室引擎。

命令：
  new PROJECT [--spec SPEC.json]        创建项目，可以为空，也可以基于规格
  spec export PROJECT [--output FILE]   将项目的设计写为 JSON 规格
  spec import PROJECT SPEC.json         用规格替换项目的设计
  generate PROJECT [options]            生成对话；会继续未完成的运行
  export PROJECT --format F --output FILE   写出数据集（openai、sharegpt）
  providers list|test PROJECT           显示或测试提供商配置

COMMAND --help 会说明命令的选项。
退出码：0 完成，1 失败，2 用法错误，3 已中断但可继续。

选项：
  -h, --help     显示此帮助。
  -v, --version  显示版本信息。
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Dialogsmith, the synthetic data studio.</source>
        <translation>Dialogsmith，合成数据工作室。</translation>
    </message>
    <message>
        <source>Save a screenshot of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>主窗口显示后将其截图保存到 &lt;文件&gt;，然后退出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>A project file to open.</source>
        <translation>要打开的项目文件。</translation>
    </message>
    <message>
        <source>Show the interface in &lt;code&gt; (en, de, id, zh_CN) for this run.</source>
        <translation>本次运行以 &lt;code&gt;（en、de、id、zh_CN）显示界面。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
</context>
</TS>
