<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChunkStore</name>
    <message>
        <source>Cannot read the document chunks: %1</source>
        <translation>无法读取文档片段：%1</translation>
    </message>
    <message>
        <source>Cannot write the document chunks: %1</source>
        <translation>无法写入文档片段：%1</translation>
    </message>
    <message>
        <source>Cutting the documents into chunks was cancelled.</source>
        <translation>已取消将文档切分为片段。</translation>
    </message>
    <message>
        <source>There is no chunk %1 in this project.</source>
        <translation>此项目中没有片段 %1。</translation>
    </message>
    <message>
        <source>Document %1 has no chunk %2.</source>
        <translation>文档 %1 没有片段 %2。</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>User personas</source>
        <translation>用户人设</translation>
    </message>
    <message>
        <source>Assistant personas</source>
        <translation>助手人设</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Cannot read the samples: %1</source>
        <translation>无法读取样本：%1</translation>
    </message>
    <message>
        <source>(no scenario)</source>
        <translation>（无场景）</translation>
    </message>
    <message>
        <source>(no structure)</source>
        <translation>（无结构）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>CurationStore</name>
    <message>
        <source>Cannot change the project: %1</source>
        <translation>无法更改项目：%1</translation>
    </message>
    <message>
        <source>Cannot change the project: its file is read-only. Open a writable copy to curate it.</source>
        <translation>无法更改项目：其文件为只读。请打开一个可写的副本进行筛选整理。</translation>
    </message>
    <message>
        <source>The project has no conversation %1.</source>
        <translation>项目中没有对话 %1。</translation>
    </message>
    <message>
        <source>Cannot keep the turns through %1: turns are counted from 0.</source>
        <translation>无法保留到第 %1 轮为止的轮次：轮次从 0 开始计数。</translation>
    </message>
    <message>
        <source>Cannot read conversation %1: %2</source>
        <translation>无法读取对话 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the project&apos;s conversations: %1</source>
        <translation>无法读取项目的对话：%1</translation>
    </message>
    <message>
        <source>A rating is from 1 to 5, not %1.</source>
        <translation>评分范围为 1 到 5，而不是 %1。</translation>
    </message>
    <message>
        <source>A message cannot be empty: delete the turn instead.</source>
        <translation>消息不能为空：请改为删除该轮次。</translation>
    </message>
    <message>
        <source>The project has no turn %1.</source>
        <translation>项目中没有轮次 %1。</translation>
    </message>
    <message>
        <source>Cannot put turn %1 back into conversation %2: its place is taken.</source>
        <translation>无法将轮次 %1 放回对话 %2：其位置已被占用。</translation>
    </message>
    <message>
        <source>Conversation %1 is not a branch: only branches can be removed this way.</source>
        <translation>对话 %1 不是分支：只有分支才能以这种方式移除。</translation>
    </message>
    <message>
        <source>Conversation %1 has branches of its own: remove them first.</source>
        <translation>对话 %1 自身还有分支：请先移除这些分支。</translation>
    </message>
    <message>
        <source>Only a removed branch can be put back.</source>
        <translation>只有已移除的分支才能恢复。</translation>
    </message>
    <message>
        <source>The project has no alternative response %1.</source>
        <translation>项目中没有备选回答 %1。</translation>
    </message>
    <message>
        <source>Alternative %1 is not a response but a %2: only a rejected or unranked response can become the answer.</source>
        <translation>备选项 %1 不是回答，而是 %2：只有被拒绝或尚未排名的回答才能成为答案。</translation>
    </message>
    <message>
        <source>Alternative response %1 is empty: it cannot become the answer.</source>
        <translation>备选回答 %1 为空：不能成为答案。</translation>
    </message>
    <message>
        <source>Conversation %1 has no message %2 for alternative response %3 to take the place of.</source>
        <translation>对话 %1 中没有消息 %2 可由备选回答 %3 取代。</translation>
    </message>
    <message>
        <source>Message %1 of conversation %2 is not an answer: alternative response %3 can only take the place of an assistant&apos;s message.</source>
        <translation>对话 %2 的消息 %1 不是回答：备选回答 %3 只能取代助手的消息。</translation>
    </message>
</context>
<context>
    <name>DatasetImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more bad line(s).</source>
        <translation>
            <numerusform>……另有 %n 个错误行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the line is longer than %1 MiB.</source>
        <translation>该行超过 %1 MiB。</translation>
    </message>
    <message>
        <source>the record has none of &quot;messages&quot; (openai), &quot;conversations&quot; (sharegpt) or &quot;instruction&quot; (alpaca).</source>
        <translation>该记录中没有 &quot;messages&quot;（openai）、&quot;conversations&quot;（sharegpt）或 &quot;instruction&quot;（alpaca）中的任何一项。</translation>
    </message>
    <message>
        <source>%1 has no records.</source>
        <translation>%1 中没有记录。</translation>
    </message>
    <message>
        <source>Cannot write the project: %1</source>
        <translation>无法写入项目：%1</translation>
    </message>
</context>
<context>
    <name>DatasetQuery</name>
    <message>
        <source>Cannot read the conversations: %1</source>
        <translation>无法读取对话：%1</translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message>
        <source>invalid JSON at column %1: %2.</source>
        <translation>第 %1 列处的 JSON 无效：%2。</translation>
    </message>
    <message>
        <source>the line is JSON but not an object.</source>
        <translation>该行是 JSON，但不是对象。</translation>
    </message>
    <message>
        <source>message %1 is a system message after the conversation started.</source>
        <translation>消息 %1 是对话开始后出现的系统消息。</translation>
    </message>
    <message>
        <source>message %1 has the unknown role &quot;%2&quot;.</source>
        <translation>消息 %1 的角色“%2”未知。</translation>
    </message>
    <message>
        <source>message %1 is empty.</source>
        <translation>消息 %1 为空。</translation>
    </message>
    <message>
        <source>message %1 is an answer before any question: a conversation starts with the user.</source>
        <translation>消息 %1 是出现在任何问题之前的回答：对话应由用户开始。</translation>
    </message>
    <message>
        <source>message %1 is the second %2 message in a row.</source>
        <translation>消息 %1 是连续的第二条 %2 消息。</translation>
    </message>
    <message>
        <source>the record has no messages.</source>
        <translation>该记录没有消息。</translation>
    </message>
    <message>
        <source>the last message is a question with no answer.</source>
        <translation>最后一条消息是没有回答的问题。</translation>
    </message>
    <message>
        <source>the record has no &quot;%1&quot;.</source>
        <translation>该记录没有“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a list.</source>
        <translation>“%1”是 %2，而不是列表。</translation>
    </message>
    <message>
        <source>message %1 is %2, not an object.</source>
        <translation>消息 %1 是 %2，而不是对象。</translation>
    </message>
    <message>
        <source>message %1 has no &quot;%2&quot;.</source>
        <translation>消息 %1 没有“%2”。</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; of message %2 is %3, not text.</source>
        <translation>消息 %2 的“%1”是 %3，而不是文本。</translation>
    </message>
    <message>
        <source>message %1 has the unknown &quot;from&quot; &quot;%2&quot; (human, gpt or system).</source>
        <translation>消息 %1 的 &quot;from&quot; 值“%2”未知（应为 human、gpt 或 system）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not text.</source>
        <translation>“%1”是 %2，而不是文本。</translation>
    </message>
    <message>
        <source>&quot;history&quot; is %1, not a list.</source>
        <translation>&quot;history&quot; 是 %1，而不是列表。</translation>
    </message>
    <message>
        <source>history entry %1 is not a [question, answer] pair of texts.</source>
        <translation>history 第 %1 项不是 [问题, 回答] 形式的文本对。</translation>
    </message>
    <message>
        <source>history entry %1 has an empty question or answer.</source>
        <translation>history 第 %1 项的问题或回答为空。</translation>
    </message>
    <message>
        <source>&quot;instruction&quot; is empty.</source>
        <translation>&quot;instruction&quot; 为空。</translation>
    </message>
    <message>
        <source>&quot;output&quot; is empty.</source>
        <translation>&quot;output&quot; 为空。</translation>
    </message>
</context>
<context>
    <name>Deduplicator</name>
    <message>
        <source>Cannot read the duplicate signatures: %1</source>
        <translation>无法读取重复项签名：%1</translation>
    </message>
    <message>
        <source>Cannot write the duplicate signatures: %1</source>
        <translation>无法写入重复项签名：%1</translation>
    </message>
    <message>
        <source>Finding duplicates was cancelled.</source>
        <translation>查找重复项已取消。</translation>
    </message>
</context>
<context>
    <name>DesignMerge</name>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n 个主题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n 个人设</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s)</source>
        <translation>
            <numerusform>%n 个场景</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 个文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seed(s)</source>
        <translation>
            <numerusform>%n 条种子指令</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n 个模板</numerusform>
        </translation>
    </message>
    <message>
        <source>Evol-Instruct directions: %1</source>
        <translation>Evol-Instruct 方向：%1</translation>
    </message>
    <message>
        <source>Nothing new to add.</source>
        <translation>没有可添加的新内容。</translation>
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
    <name>Dialogsmith::ChatView</name>
    <message>
        <source>Select a conversation to watch it being written.</source>
        <translation>选择一个对话，观看其生成过程。</translation>
    </message>
    <message>
        <source>Waiting for the first message…</source>
        <translation>正在等待第一条消息…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>%1 · writing…</source>
        <translation>%1 · 正在撰写…</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ChunkSearch</name>
    <message>
        <source>Cannot make a folder for the search index: %1</source>
        <translation>无法为搜索索引创建文件夹：%1</translation>
    </message>
    <message>
        <source>Cannot open the search index: %1</source>
        <translation>无法打开搜索索引：%1</translation>
    </message>
    <message>
        <source>Cannot read the search index&apos;s documents.</source>
        <translation>无法读取搜索索引的文档。</translation>
    </message>
    <message>
        <source>The search index does not match the documents.</source>
        <translation>搜索索引与文档不匹配。</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ChunkSearchModel</name>
    <message>
        <source>§%1 · %2</source>
        <translation>§%1 · %2</translation>
    </message>
    <message>
        <source>Chunk %1 of &quot;%2&quot;, from character %3. Select it to see it in its document.</source>
        <translation>“%2”的片段 %1，从第 %3 个字符起。选中它即可在其文档中查看。</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ChunkView</name>
    <message>
        <source>Chunk %1 · characters %2–%3 · %4 long</source>
        <translation>片段 %1 · 字符 %2–%3 · 长度 %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more chunk(s), not shown here.</source>
        <translation>
            <numerusform>……另有 %n 个片段，此处未显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Chunk %1 · characters %2–%3 · %4 long · first %5 shared with chunk %6</source>
        <translation>片段 %1 · 字符 %2–%3 · 长度 %4 · 前 %5 个字符与片段 %6 重叠</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier chunk(s), not shown here.</source>
        <translation>
            <numerusform>前面还有 %n 个片段，此处未显示。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ConnectionTest</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Ask the server for its models, a streamed answer and JSON output (Ctrl+T)</source>
        <translation>向服务器请求其模型列表、一个流式回答和 JSON 输出 (Ctrl+T)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>%1 Reachable</source>
        <translation>%1 可访问</translation>
    </message>
    <message>
        <source>%1 Key accepted</source>
        <translation>%1 密钥已被接受</translation>
    </message>
    <message numerus="yes">
        <source>%1 Model listed by the server (%n model(s) offered)</source>
        <translation>
            <numerusform>%1 服务器列出了该模型（共提供 %n 个模型）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Streaming</source>
        <translation>%1 流式传输</translation>
    </message>
    <message>
        <source>%1 Reports token usage</source>
        <translation>%1 报告 Token 用量</translation>
    </message>
    <message>
        <source>%1 JSON output</source>
        <translation>%1 JSON 输出</translation>
    </message>
    <message>
        <source>First byte after %1 ms</source>
        <translation>首字节用时 %1 ms</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ConversationEditor</name>
    <message>
        <source>being generated</source>
        <translation>正在生成</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Generate the rest of this conversation with the models of its run</source>
        <translation>使用其所属运行的模型生成此对话的剩余部分</translation>
    </message>
    <message>
        <source>A document that is no longer in the project</source>
        <translation>已不在项目中的文档</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n 个对话</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>对话 %1</translation>
    </message>
    <message>
        <source>Conversation %1 (branch of %2)</source>
        <translation>对话 %1（%2 的分支）</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 with %3 · %n exchange(s) of %4 planned</source>
        <translation>
            <numerusform>%1 · %2 与 %3 · 已进行 %n 轮，计划 %4 轮</numerusform>
        </translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>The project file is read-only.</source>
        <translation>项目文件为只读。</translation>
    </message>
    <message>
        <source>Wait until the conversation is generated.</source>
        <translation>请等待对话生成完毕。</translation>
    </message>
    <message>
        <source>A run is in progress: regenerating and branching are possible when it is paused or done.</source>
        <translation>有运行正在进行：暂停或结束后才能重新生成和创建分支。</translation>
    </message>
    <message>
        <source>This project file is read-only: you can read its conversations but not review or change them. Make the file writable, or open a copy, to curate.</source>
        <translation>此项目文件为只读：您可以阅读其中的对话，但无法审阅或更改。请将文件设为可写，或打开一个副本，再进行筛选整理。</translation>
    </message>
    <message>
        <source>This conversation is not finished: Continue generates the rest of it.</source>
        <translation>此对话尚未完成：“继续”会生成其余部分。</translation>
    </message>
    <message>
        <source>Generating the rest of the conversation with the models of its run…</source>
        <translation>正在使用其所属运行的模型生成对话的剩余部分…</translation>
    </message>
    <message>
        <source>Stopped: the messages generated so far are kept. Undo takes the whole change back.</source>
        <translation>已停止：目前已生成的消息会保留。撤销会撤回整个更改。</translation>
    </message>
    <message>
        <source>The conversation could not be generated.</source>
        <translation>无法生成对话。</translation>
    </message>
    <message>
        <source>Conversation %1 could not be generated: %2</source>
        <translation>无法生成对话 %1：%2</translation>
    </message>
    <message>
        <source>Previous conversation in the dataset&apos;s order (K)</source>
        <translation>按数据集顺序的上一个对话 (K)</translation>
    </message>
    <message>
        <source>Next conversation in the dataset&apos;s order (J)</source>
        <translation>按数据集顺序的下一个对话 (J)</translation>
    </message>
    <message>
        <source>Stop generating: what is complete is kept (Esc)</source>
        <translation>停止生成：已完成的部分会保留 (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>not in the list of %n</source>
        <translation>
            <numerusform>不在共 %n 项的列表中</numerusform>
        </translation>
    </message>
    <message>
        <source>The place in the dataset view&apos;s list, as filtered and sorted</source>
        <translation>在数据集视图列表（经过筛选和排序）中的位置</translation>
    </message>
    <message>
        <source>Approve Conversation %1</source>
        <translation>批准对话 %1</translation>
    </message>
    <message>
        <source>Reject Conversation %1</source>
        <translation>拒绝对话 %1</translation>
    </message>
    <message>
        <source>Clear Review of Conversation %1</source>
        <translation>清除对话 %1 的审阅</translation>
    </message>
    <message>
        <source>Rate Conversation %1 with %2 of 5</source>
        <translation>将对话 %1 评为 %2 分（满分 5 分）</translation>
    </message>
    <message>
        <source>Clear Rating of Conversation %1</source>
        <translation>清除对话 %1 的评分</translation>
    </message>
    <message>
        <source>Change Notes of Conversation %1</source>
        <translation>更改对话 %1 的备注</translation>
    </message>
    <message>
        <source>Edit Message %1</source>
        <translation>编辑消息 %1</translation>
    </message>
    <message>
        <source>Delete Message %1</source>
        <translation>删除消息 %1</translation>
    </message>
    <message>
        <source>Regenerate Conversation %1 from Message %2</source>
        <translation>从消息 %2 开始重新生成对话 %1</translation>
    </message>
    <message>
        <source>Branch Conversation %1 from Message %2</source>
        <translation>从消息 %2 开始为对话 %1 创建分支</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <source>Reading the document chunks this conversation drew on…</source>
        <translation>正在读取此对话所依据的文档片段…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message %1&lt;/b&gt; is not grounded in a document chunk.</source>
        <translation>&lt;b&gt;消息 %1&lt;/b&gt; 没有依据任何文档片段。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Grounded in&lt;/b&gt; %1, which cannot be shown: the document is gone or has no such chunk.</source>
        <translation>&lt;b&gt;依据&lt;/b&gt; %1，但无法显示：该文档已不存在或没有此片段。</translation>
    </message>
    <message>
        <source>no passage shared word for word</source>
        <translation>没有逐字相同的段落</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) shared</source>
        <translation>
            <numerusform>%n 个相同段落</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Message %1 drew on&lt;/b&gt; %2 · %3</source>
        <translation>&lt;b&gt;消息 %1 依据&lt;/b&gt; %2 · %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Grounded in&lt;/b&gt; %1 · %2</source>
        <translation>&lt;b&gt;依据&lt;/b&gt; %1 · %2</translation>
    </message>
    <message>
        <source>Prefer Response %1 for Message %2</source>
        <translation>为消息 %2 选用回答 %1</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::CoverageModel</name>
    <message>
        <source>Under-represented: planned %1 of the samples, made %2</source>
        <translation>代表不足：计划占样本的 %1，实际生成 %2</translation>
    </message>
    <message>
        <source>Not in the design any more: samples made before it changed</source>
        <translation>已不在设计中：设计更改前生成的样本</translation>
    </message>
    <message>
        <source>Approved among the reviewed samples</source>
        <translation>已审阅样本中的批准比例</translation>
    </message>
    <message>
        <source>The share of samples the design&apos;s weights plan for it</source>
        <translation>设计权重为其计划的样本比例</translation>
    </message>
    <message>
        <source>The share of the complete samples that have it</source>
        <translation>具有该值的完整样本比例</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未审阅</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>批准率</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::CoverageView</name>
    <message>
        <source>The factor whose values make the rows of the heat map</source>
        <translation>其取值构成热图各行的因素</translation>
    </message>
    <message>
        <source>The factor whose values make the columns of the heat map</source>
        <translation>其取值构成热图各列的因素</translation>
    </message>
    <message>
        <source>C&amp;ross:</source>
        <translation>交叉(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;with:</source>
        <translation>与(&amp;W)：</translation>
    </message>
    <message>
        <source>Counting the samples…</source>
        <translation>正在统计样本…</translation>
    </message>
    <message>
        <source>Cannot count the samples: %1</source>
        <translation>无法统计样本：%1</translation>
    </message>
    <message>
        <source>No complete samples yet. Start a run (Run ▸ Start): this view fills as samples arrive.</source>
        <translation>还没有完整的样本。请开始一次运行（运行 ▸ 开始）：样本到达后此视图会逐渐填充。</translation>
    </message>
    <message>
        <source>%1 complete samples; every value of the design has at least half its planned share.</source>
        <translation>%1 个完整样本；设计的每个取值都至少达到其计划比例的一半。</translation>
    </message>
    <message numerus="yes">
        <source>%1 complete samples; %n value(s) have less than half their planned share (tinted).</source>
        <translation>
            <numerusform>%1 个完整样本；%n 个取值低于其计划比例的一半（已着色）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::CrossingModel</name>
    <message numerus="yes">
        <source>%1 × %2: %n sample(s)</source>
        <translation>
            <numerusform>%1 × %2：%n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 approved, %2 rejected, %3 unreviewed</source>
        <translation>%1 个已批准，%2 个已拒绝，%3 个未审阅</translation>
    </message>
    <message>
        <source>Planned %1 of the samples, made %2</source>
        <translation>计划占样本的 %1，实际生成 %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DatasetModel</name>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>已生成</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Conversation %1 of run %2</source>
        <translation>运行 %2 的对话 %1</translation>
    </message>
    <message>
        <source>Generation failed.</source>
        <translation>生成失败。</translation>
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation>生成失败：%1</translation>
    </message>
    <message>
        <source>Still being generated, or waiting for the run to resume.</source>
        <translation>仍在生成中，或正在等待运行继续。</translation>
    </message>
    <message>
        <source>User: %1
Assistant: %2</source>
        <translation>用户：%1
助手：%2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Rated %1 of 5</source>
        <translation>评分 %1/5</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>未评审</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>人设</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>The conversation&apos;s number in the project</source>
        <translation>对话在项目中的编号</translation>
    </message>
    <message>
        <source>Generation (running, failed) or, once complete, curation (generated, edited, approved, rejected)</source>
        <translation>生成状态（进行中、失败），完成后则为筛选整理状态（已生成、已编辑、已批准、已拒绝）</translation>
    </message>
    <message>
        <source>The simulated user → the assistant</source>
        <translation>模拟用户 → 助手</translation>
    </message>
    <message>
        <source>Messages in the conversation</source>
        <translation>对话中的消息数</translation>
    </message>
    <message>
        <source>Tokens of the conversation&apos;s messages, as the models counted them when writing them</source>
        <translation>对话消息的 Token 数，按模型撰写时的计数</translation>
    </message>
    <message>
        <source>A reviewer&apos;s rating, 1 to 5</source>
        <translation>审阅者的评分，1 到 5</translation>
    </message>
    <message>
        <source>The judge model&apos;s score</source>
        <translation>评审模型给出的分数</translation>
    </message>
    <message>
        <source>When the conversation last changed</source>
        <translation>对话最后一次更改的时间</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>Evol-Instruct</source>
        <translation>Evol-Instruct</translation>
    </message>
    <message>
        <source>Knowledge Q&amp;A</source>
        <translation>知识 Q&amp;A</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <source>Refusals and boilerplate</source>
        <translation>拒答和套话</translation>
    </message>
    <message>
        <source>Empty or truncated</source>
        <translation>为空或被截断</translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation>语言错误</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>过短</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>过长</translation>
    </message>
    <message>
        <source>message %1 is empty</source>
        <translation>消息 %1 为空</translation>
    </message>
    <message>
        <source>message %1 stopped at the token limit</source>
        <translation>消息 %1 在 Token 上限处停止</translation>
    </message>
    <message>
        <source>no messages</source>
        <translation>没有消息</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Judged below %1</source>
        <translation>评审分数低于 %1</translation>
    </message>
    <message>
        <source>Duplicate of #%1</source>
        <translation>#%1 的重复项</translation>
    </message>
    <message>
        <source>Dropped by a rule of its mode.</source>
        <translation>被其模式的规则丢弃。</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>已丢弃：%1</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1：%2%3</translation>
    </message>
    <message>
        <source> (rule switched off)</source>
        <translation> （规则已关闭）</translation>
    </message>
    <message>
        <source>Near duplicate of #%1 (similarity %2)</source>
        <translation>#%1 的近似重复项（相似度 %2）</translation>
    </message>
    <message>
        <source>Exact duplicate of #%1</source>
        <translation>#%1 的完全重复项</translation>
    </message>
    <message>
        <source>No filter rule catches it</source>
        <translation>没有筛选规则捕获它</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>The kind of sample: conversation, instruction, Evol-Instruct, knowledge Q&amp;A, preference, embedding</source>
        <translation>样本类型：对话、指令、Evol-Instruct、知识 Q&amp;A、偏好、嵌入</translation>
    </message>
    <message>
        <source>What the quality settings leave out the sample for (filter rules, judge threshold, duplicates)</source>
        <translation>质量设置排除该样本的原因（筛选规则、评审阈值、重复项）</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DatasetView</name>
    <message>
        <source>Generated</source>
        <translation>已生成</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the conversations again</source>
        <translation>重新读取对话</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Search the conversations&apos; text</source>
        <translation>搜索对话文本</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the conversation in the editor (Return, double-click)</source>
        <translation>在编辑器中打开对话（回车键、双击）</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Approve the selected conversations for export</source>
        <translation>批准所选对话用于导出</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;J)</translation>
    </message>
    <message>
        <source>Reject the selected conversations: they are never exported</source>
        <translation>拒绝所选对话：它们永远不会被导出</translation>
    </message>
    <message>
        <source>Search the conversations&apos; text (%1)</source>
        <translation>搜索对话文本 (%1)</translation>
    </message>
    <message>
        <source>Conversations that contain every word, in any of their turns; &quot;quoted words&quot; must occur together. The last word also matches longer words while you type.</source>
        <translation>在任一轮次中包含所有词语的对话；“加引号的词语”必须连在一起出现。输入时，最后一个词也会匹配以它开头的更长词语。</translation>
    </message>
    <message>
        <source>Cannot read the conversations</source>
        <translation>无法读取对话</translation>
    </message>
    <message>
        <source>Where generation is</source>
        <translation>生成状态</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Where curation is</source>
        <translation>筛选整理状态</translation>
    </message>
    <message>
        <source>Any review</source>
        <translation>任意审阅状态</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>未审阅</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>The least rating a conversation has</source>
        <translation>对话的最低评分</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>任意评分</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 分及以上</translation>
    </message>
    <message>
        <source>The least score the judge model gave</source>
        <translation>评审模型给出的最低分数</translation>
    </message>
    <message>
        <source>Judge ≥ </source>
        <translation>评审 ≥ </translation>
    </message>
    <message>
        <source>Any judge score</source>
        <translation>任意评审分数</translation>
    </message>
    <message>
        <source>Topic contains…</source>
        <translation>主题包含…</translation>
    </message>
    <message>
        <source>Conversations whose topic path contains this text</source>
        <translation>主题路径包含此文本的对话</translation>
    </message>
    <message>
        <source>Persona contains…</source>
        <translation>人设包含…</translation>
    </message>
    <message>
        <source>Conversations where the user or the assistant persona&apos;s name contains this text</source>
        <translation>用户或助手人设名称包含此文本的对话</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>清除筛选条件</translation>
    </message>
    <message>
        <source>Show every conversation</source>
        <translation>显示所有对话</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln 个对话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln 个对话中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No conversations yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start a run with Run ▸ Start (%1). Conversations appear here as they are written.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;还没有对话&lt;/b&gt;&lt;/p&gt;&lt;p&gt;通过 运行 ▸ 开始 (%1) 启动一次运行。对话写好后会显示在这里。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;No conversation matches&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt; to see all %Ln conversation(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;没有匹配的对话&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;clear&quot;&gt;清除筛选条件&lt;/a&gt;以查看全部 %Ln 个对话。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approving %Ln conversation(s)…</source>
        <translation>
            <numerusform>正在批准 %Ln 个对话…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejecting %Ln conversation(s)…</source>
        <translation>
            <numerusform>正在拒绝 %Ln 个对话…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the review</source>
        <translation>无法更改审阅状态</translation>
    </message>
    <message>
        <source>The quality filters could not be brought up to date: %1</source>
        <translation>无法更新质量筛选：%1</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <source>The kind of sample</source>
        <translation>样本类型</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>任意类型</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DocumentEditor</name>
    <message>
        <source>Add &amp;Files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Add text or Markdown files as documents (%1)</source>
        <translation>将文本或 Markdown 文件添加为文档 (%1)</translation>
    </message>
    <message>
        <source>&amp;Paste as Document…</source>
        <translation>粘贴为文档(&amp;P)…</translation>
    </message>
    <message>
        <source>Add the text on the clipboard as a document (%1)</source>
        <translation>将剪贴板中的文本添加为文档 (%1)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Rename the selected document (F2)</source>
        <translation>重命名所选文档 (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected documents (Del)</source>
        <translation>删除所选文档 (Del)</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <source>The longest a chunk may be. Chunks end after a paragraph or sentence where possible.</source>
        <translation>片段的最大长度。片段会尽量在段落或句子结束处截断。</translation>
    </message>
    <message>
        <source>How far a chunk may start before the previous one ends, so no passage is cut in two for good. Less than the chunk size.</source>
        <translation>片段可以在上一个片段结束之前多远开始，以免任何段落被彻底切断。必须小于片段大小。</translation>
    </message>
    <message>
        <source>Chunk &amp;size:</source>
        <translation>片段大小(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Overlap:</source>
        <translation>重叠(&amp;O)：</translation>
    </message>
    <message>
        <source>C&amp;hunks</source>
        <translation>片段(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>文本(&amp;T)</translation>
    </message>
    <message>
        <source>The selected document as generation cuts it: numbered chunks on alternating backgrounds, the text shared with the previous chunk shaded darker.</source>
        <translation>按生成时的切分方式显示所选文档：带编号的片段以交替背景显示，与上一个片段重叠的文本以较深的底色标出。</translation>
    </message>
    <message>
        <source>The selected document&apos;s text.</source>
        <translation>所选文档的文本。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chunking&lt;/b&gt; (all documents)</source>
        <translation>&lt;b&gt;切分&lt;/b&gt;（所有文档）</translation>
    </message>
    <message>
        <source>Chunks alternate in colour. The start of a chunk shaded in the previous chunk&apos;s colour is the overlap: text both chunks contain.</source>
        <translation>片段以交替颜色显示。片段开头以上一个片段的颜色标出的部分即为重叠：两个片段都包含的文本。</translation>
    </message>
    <message>
        <source>Change Chunk Size</source>
        <translation>更改片段大小</translation>
    </message>
    <message>
        <source>Change Chunk Overlap</source>
        <translation>更改片段重叠</translation>
    </message>
    <message>
        <source>Add a document to see its text here.</source>
        <translation>添加文档后即可在此查看其文本。</translation>
    </message>
    <message>
        <source>Select a document to see its text.</source>
        <translation>选择一个文档以查看其文本。</translation>
    </message>
    <message>
        <source>Add a document to see how it is cut into chunks.</source>
        <translation>添加文档后即可查看它如何被切分为片段。</translation>
    </message>
    <message>
        <source>Select a document to see its chunks.</source>
        <translation>选择一个文档以查看其片段。</translation>
    </message>
    <message>
        <source>… (the preview shows the first %1 characters)</source>
        <translation>…（预览仅显示前 %1 个字符）</translation>
    </message>
    <message>
        <source>No documents: conversations will not be grounded.</source>
        <translation>没有文档：对话将不基于任何文档。</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n document(s).</source>
        <translation>
            <numerusform>%1，来自 %n 个文档。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n 个片段</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Documents</source>
        <translation>添加文档</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>正在读取 %n 个文件…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Document(s)</source>
        <translation>
            <numerusform>添加 %n 个文档</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Document &quot;%1&quot;</source>
        <translation>删除文档“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Document(s)</source>
        <translation>
            <numerusform>删除 %n 个文档</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No documents yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Conversations can be grounded in documents: each conversation draws a chunk of one and talks about it.&lt;/p&gt;&lt;p&gt;Drop text, Markdown, HTML or PDF files here, choose &lt;i&gt;Add Files…&lt;/i&gt;, or copy text and choose &lt;i&gt;Paste as Document…&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;还没有文档。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;对话可以基于文档：每个对话抽取某个文档的一个片段并围绕它展开。&lt;/p&gt;&lt;p&gt;将文本、Markdown、HTML 或 PDF 文件拖放到此处，选择&lt;i&gt;添加文件…&lt;/i&gt;，或复制文本后选择&lt;i&gt;粘贴为文档…&lt;/i&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading file %1 of %2: page %3 of %4…</source>
        <translation>正在读取第 %1 个文件（共 %2 个）：第 %3 页，共 %4 页…</translation>
    </message>
    <message>
        <source>Reading file %1 of %2…</source>
        <translation>正在读取第 %1 个文件（共 %2 个）…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added. Some files could not be added or were read with something left out:</source>
        <translation>
            <numerusform>已添加 %n 个文档。部分文件无法添加，或读取时有内容遗漏：</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find in Chunks</source>
        <translation>在片段中查找(&amp;F)</translation>
    </message>
    <message>
        <source>Search all chunks (%1)</source>
        <translation>搜索所有片段（%1）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Finds the chunks of every document that contain all the words typed. &lt;code&gt;&quot;exact phrase&quot;&lt;/code&gt; finds words side by side; the last word also finds words it begins. ↓ and ↑ move through the results, Return shows one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;查找所有文档中包含全部输入词语的片段。&lt;code&gt;&quot;精确短语&quot;&lt;/code&gt; 查找相邻的词语；最后一个词也会匹配以它开头的词。↓ 和 ↑ 在结果间移动，回车键显示其中一个。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select a chunk to see it in its document</source>
        <translation>选择一个片段以在其文档中查看</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chunks found&lt;/b&gt;</source>
        <translation>&lt;b&gt;找到的片段&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Indexing the chunks: %1 of %n document(s) cut…</source>
        <translation>
            <numerusform>正在为片段建立索引：已切分 %n 个文档中的 %1 个…</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing the chunks…</source>
        <translation>正在为片段建立索引…</translation>
    </message>
    <message>
        <source>Search is not available: %1</source>
        <translation>搜索不可用：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) indexed.</source>
        <translation>
            <numerusform>已为 %n 个片段建立索引。</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no documents to search: add some first.</source>
        <translation>没有可搜索的文档：请先添加一些。</translation>
    </message>
    <message>
        <source>The documents changed: indexing them again…</source>
        <translation>文档已更改：正在重新建立索引…</translation>
    </message>
    <message>
        <source>Type a word to search for.</source>
        <translation>请输入要搜索的词语。</translation>
    </message>
    <message>
        <source>Searching once the chunks are indexed…</source>
        <translation>片段建立索引后即开始搜索…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>No chunk contains &quot;%1&quot;.</source>
        <translation>没有片段包含“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>The %n best matching chunk(s):</source>
        <translation>
            <numerusform>最匹配的 %n 个片段：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) found:</source>
        <translation>
            <numerusform>找到 %n 个片段：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DocumentListModel</name>
    <message>
        <source>Pasted</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename.</source>
        <translation>双击或按 F2 重命名。</translation>
    </message>
    <message>
        <source>Where the text came from.</source>
        <translation>文本的来源。</translation>
    </message>
    <message>
        <source>How many chunks the document is cut into with the current chunk settings.</source>
        <translation>按当前切分设置，该文档被切分成的片段数。</translation>
    </message>
    <message>
        <source>Rename Document</source>
        <translation>重命名文档</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字符数</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DuplicateFinder</name>
    <message>
        <source>Cannot open %1 to find duplicates: %2</source>
        <translation>无法打开 %1 以查找重复项：%2</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DuplicatesModel</name>
    <message>
        <source>Cannot read the duplicates: %1</source>
        <translation>无法读取重复项：%1</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未审阅</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n duplicate(s))</source>
        <translation>
            <numerusform>%1（%n 个重复项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>完全</translation>
    </message>
    <message>
        <source>Near</source>
        <translation>近似</translation>
    </message>
    <message>
        <source>The same text as the original once case, punctuation and spacing are set aside</source>
        <translation>忽略大小写、标点和空白后与原始样本文本相同</translation>
    </message>
    <message>
        <source>Most of its word sequences are in the original too</source>
        <translation>其大部分词序列也出现在原始样本中</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::DuplicatesWindow</name>
    <message>
        <source>Duplicates — %1</source>
        <translation>重复项 — %1</translation>
    </message>
    <message>
        <source>How similar two samples must be to count as near duplicates: the estimated share of word sequences they have in common. Higher finds fewer, closer copies.</source>
        <translation>两个样本必须有多相似才算近似重复：它们共有的词序列的估计比例。越高则找到的副本越少、越接近。</translation>
    </message>
    <message>
        <source>Near-duplicate &amp;threshold:</source>
        <translation>近似重复阈值(&amp;T)：</translation>
    </message>
    <message>
        <source>Keep the original and reject the other samples of its group (Ctrl+1)</source>
        <translation>保留原始样本并拒绝其组内的其他样本（Ctrl+1）</translation>
    </message>
    <message>
        <source>Keep this duplicate and reject the other samples of its group (Ctrl+2)</source>
        <translation>保留此重复项并拒绝其组内的其他样本（Ctrl+2）</translation>
    </message>
    <message>
        <source>Keep This One</source>
        <translation>保留此项</translation>
    </message>
    <message>
        <source>&amp;Reject All Duplicates</source>
        <translation>拒绝所有重复项(&amp;R)</translation>
    </message>
    <message>
        <source>Keep the original of every group and reject its duplicates</source>
        <translation>保留每组的原始样本并拒绝其重复项</translation>
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
        <source>Looking for duplicates…</source>
        <translation>正在查找重复项…</translation>
    </message>
    <message>
        <source>Reading samples: %v of %m</source>
        <translation>正在读取样本：%v / %m</translation>
    </message>
    <message>
        <source>Comparing samples: %v of %m</source>
        <translation>正在比较样本：%v / %m</translation>
    </message>
    <message>
        <source>Cannot read the duplicates: %1</source>
        <translation>无法读取重复项：%1</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复项</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original&lt;/b&gt; · conversation %1 · %2</source>
        <translation>&lt;b&gt;原始&lt;/b&gt; · 对话 %1 · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 duplicate&lt;/b&gt; · conversation %2 · similarity %3 % · %4</source>
        <translation>&lt;b&gt;%1 重复项&lt;/b&gt; · 对话 %2 · 相似度 %3 % · %4</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>完全</translation>
    </message>
    <message>
        <source>Near</source>
        <translation>近似</translation>
    </message>
    <message numerus="yes">
        <source>Keep Conversation %1, Reject %n Other(s)</source>
        <translation>
            <numerusform>保留对话 %1，拒绝其他 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n Duplicate(s)</source>
        <translation>
            <numerusform>拒绝 %n 个重复项</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复项</translation>
    </message>
    <message>
        <source>Cannot change the review: %1</source>
        <translation>无法更改审阅：%1</translation>
    </message>
    <message>
        <source>Cannot find duplicates: %1</source>
        <translation>无法查找重复项：%1</translation>
    </message>
    <message>
        <source>The project is read-only: duplicates cannot be looked for or rejected.</source>
        <translation>项目为只读：无法查找或拒绝重复项。</translation>
    </message>
    <message numerus="yes">
        <source>No duplicates among the %n complete sample(s). Samples are compared as runs complete them and as you edit them.</source>
        <translation>
            <numerusform>%n 个完整样本中没有重复项。样本会在运行完成它们以及您编辑它们时进行比较。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Duplicate Threshold</source>
        <translation>更改重复阈值</translation>
    </message>
    <message numerus="yes">
        <source>%1 samples: %2 exact and %3 near duplicates in %n group(s).</source>
        <translation>
            <numerusform>%1 个样本：%2 个完全重复和 %3 个近似重复，共 %n 组。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::EditorParts</name>
    <message>
        <source>This project is read-only: %1. You can look at the design but not change it; File ▸ Save As… makes a copy you can edit.</source>
        <translation>此项目为只读：%1。您可以查看设计，但无法更改；文件 ▸ 另存为… 可创建一个可编辑的副本。</translation>
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
    <message>
        <source>No conversation to continue was given.</source>
        <translation>未指定要继续的对话。</translation>
    </message>
    <message>
        <source>Conversations %1 and %2 come from different runs: continue them one run at a time.</source>
        <translation>对话 %1 和 %2 来自不同的运行：请每次只继续一个运行中的对话。</translation>
    </message>
    <message>
        <source>Conversation %1 cannot be continued: its draw does not match a planned conversation of run %2.</source>
        <translation>无法继续对话 %1：其抽取结果与运行 %2 计划中的任何对话都不匹配。</translation>
    </message>
    <message>
        <source>Conversation %1 is complete: it is not waiting to be continued.</source>
        <translation>对话 %1 已完成：它不在等待继续。</translation>
    </message>
    <message>
        <source>Conversation %1 failed: it is not waiting to be continued.</source>
        <translation>对话 %1 已失败：它不在等待继续。</translation>
    </message>
    <message>
        <source>The project has no provider profile: add one that says which model judges.</source>
        <translation>项目没有提供商配置：请添加一个配置，指定由哪个模型评审。</translation>
    </message>
    <message>
        <source>The project has several provider profiles: choose the one that judges in the judge settings.</source>
        <translation>项目有多个提供商配置：请在评审设置中选择用于评审的配置。</translation>
    </message>
    <message>
        <source>The judge profile &quot;%1&quot; is none of the project&apos;s provider profiles.</source>
        <translation>评审配置“%1”不是项目的任何提供商配置。</translation>
    </message>
    <message>
        <source>Cannot read the project&apos;s samples: %1</source>
        <translation>无法读取项目的样本：%1</translation>
    </message>
    <message numerus="yes">
        <source>The model &quot;%1&quot; gave no usable reply %n time(s) in a row: %2</source>
        <translation>
            <numerusform>模型“%1”连续 %n 次没有给出可用的回复：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>It waited for another sample of the run that did not finish.</source>
        <translation>它在等待本次运行中另一个未完成的样本。</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::Engine::Planner</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ExpandTopicsDialog</name>
    <message>
        <source>the answer holds no list of topics</source>
        <translation>回答中没有主题列表</translation>
    </message>
    <message>
        <source>the list holds no topic names</source>
        <translation>列表中没有主题名称</translation>
    </message>
    <message>
        <source>Expand with Model</source>
        <translation>用模型扩展</translation>
    </message>
    <message>
        <source>Generate top-level topics for this project.</source>
        <translation>为此项目生成顶层主题。</translation>
    </message>
    <message>
        <source>Generate subtopics of “%1”.</source>
        <translation>生成“%1”的子主题。</translation>
    </message>
    <message>
        <source>The model profile that writes the topics (Tools › Providers…).</source>
        <translation>用于撰写主题的模型配置（工具 › 提供商…）。</translation>
    </message>
    <message>
        <source>&amp;Model profile:</source>
        <translation>模型配置(&amp;M)：</translation>
    </message>
    <message>
        <source>How many subtopics to ask for under each topic.</source>
        <translation>每个主题下请求生成的子主题数量。</translation>
    </message>
    <message>
        <source>&amp;Topics per level:</source>
        <translation>每层主题数(&amp;T)：</translation>
    </message>
    <message>
        <source>1 adds one level of subtopics; more grows a whole tree, one request per topic.</source>
        <translation>1 表示添加一层子主题；更大的值会生成整棵主题树，每个主题一次请求。</translation>
    </message>
    <message>
        <source>&amp;Levels:</source>
        <translation>层数(&amp;L)：</translation>
    </message>
    <message>
        <source>Anything the model should keep in mind when it suggests topics.</source>
        <translation>模型在建议主题时应考虑的任何事项。</translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation>指引(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Ask the model. Suggestions appear below for review before anything is added.</source>
        <translation>询问模型。建议会先显示在下方供您审阅，然后才会添加。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop asking: the suggestions so far stay for review.</source>
        <translation>停止询问：已有的建议仍保留供审阅。</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Uncheck what you do not want; double-click or press F2 to rewrite a name.</source>
        <translation>取消勾选不需要的项；双击或按 F2 可改写名称。</translation>
    </message>
    <message>
        <source>&amp;Add Checked Topics</source>
        <translation>添加勾选的主题(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>This topic is already %n levels deep, the most a topic tree may have.</source>
        <translation>
            <numerusform>此主题已有 %n 层深，已达到主题树允许的最大深度。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests: too many. Ask for fewer topics per level or fewer levels.</source>
        <translation>
            <numerusform>%n 次请求：太多了。请减少每层的主题数或层数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n request(s)</source>
        <translation>
            <numerusform>最多 %n 次请求</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 requests</source>
        <translation>第 %1 次请求，共 %2 次</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Topic(s)</source>
        <translation>
            <numerusform>添加 %n 个主题(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Topics</source>
        <translation>添加主题(&amp;A)</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>正在询问 %1…</translation>
    </message>
    <message>
        <source>Stopped. The suggestions so far are below.</source>
        <translation>已停止。目前的建议显示在下方。</translation>
    </message>
    <message>
        <source>The model&apos;s answer for “%1” was not a list of topics (%2). It said: %3</source>
        <translation>模型针对“%1”的回答不是主题列表（%2）。它的回答是：%3</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>no JSON</source>
        <translation>没有 JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n new topic(s) to review.</source>
        <translation>
            <numerusform>%n 个新主题待审阅。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) skipped: a sibling already has the name.</source>
        <translation>
            <numerusform>已跳过 %n 条建议：同级主题中已有同名主题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some requests failed. The suggestions so far are below.</source>
        <translation>部分请求失败。目前的建议显示在下方。</translation>
    </message>
    <message>
        <source>Optional, e.g. “for high-school students” or “practical, not historical”</source>
        <translation>可选，例如“面向高中生”或“注重实用，而非历史”</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::Export::PreferenceWriter</name>
    <message>
        <source>no rejected response</source>
        <translation>没有被拒绝的回复</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::Export::TripletWriter</name>
    <message>
        <source>no query and positive</source>
        <translation>没有查询和正例</translation>
    </message>
    <message>
        <source>no hard negative</source>
        <translation>没有困难负例</translation>
    </message>
    <message>
        <source>no negative</source>
        <translation>没有负例</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ExportDialog</name>
    <message>
        <source>Export as %1</source>
        <translation>导出为 %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approved only (%Ln)</source>
        <translation>
            <numerusform>仅已批准的对话 (%Ln)(&amp;A)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All that are not &amp;rejected (%Ln)</source>
        <translation>
            <numerusform>所有未被拒绝的对话 (%Ln)(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>Include the &amp;system prompt</source>
        <translation>包含系统提示词(&amp;S)</translation>
    </message>
    <message>
        <source>Include &amp;metadata</source>
        <translation>包含元数据(&amp;M)</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Stop the export; no file is written</source>
        <translation>停止导出；不会写入任何文件</translation>
    </message>
    <message>
        <source>(checking the latest samples…)</source>
        <translation>（正在检查最新样本…）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>judged below %1 — %2</source>
        <translation>评审分数低于 %1 — %2</translation>
    </message>
    <message>
        <source>duplicates — %1</source>
        <translation>重复项 — %1</translation>
    </message>
    <message numerus="yes">
        <source>Leaves out %Ln sample(s): %1.</source>
        <translation>
            <numerusform>排除 %Ln 个样本：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not judged yet (kept).</source>
        <translation>
            <numerusform>%Ln 个尚未评审（保留）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no complete sample to export yet.</source>
        <translation>项目中还没有可导出的完整样本。</translation>
    </message>
    <message>
        <source>The format trainers read: each writes the samples of the kinds it takes</source>
        <translation>训练工具读取的格式：每种格式写出其所支持类型的样本</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>The complete samples a reviewer approved</source>
        <translation>经审阅者批准的完整样本</translation>
    </message>
    <message>
        <source>Every complete sample except the rejected ones; failed and unfinished samples never are exported</source>
        <translation>除被拒绝的样本外的所有完整样本；失败和未完成的样本永远不会被导出</translation>
    </message>
    <message numerus="yes">
        <source>Selected in the &amp;dataset (%Ln)</source>
        <translation>
            <numerusform>数据集中选中的样本 (%Ln)(&amp;D)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select samples in the dataset view first</source>
        <translation>请先在数据集视图中选择样本</translation>
    </message>
    <message>
        <source>The complete samples selected in the dataset view</source>
        <translation>在数据集视图中选中的完整样本</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Samples the filter r&amp;ules catch</source>
        <translation>筛选规则捕获的样本(&amp;U)</translation>
    </message>
    <message>
        <source>No filter rule is switched on (the dataset view&apos;s Quality bar)</source>
        <translation>未启用任何筛选规则（数据集视图的质量栏）</translation>
    </message>
    <message>
        <source>The rules switched on in the dataset view: %1</source>
        <translation>数据集视图中已启用的规则：%1</translation>
    </message>
    <message>
        <source>D&amp;uplicates (the first of each group stays)</source>
        <translation>重复项（每组保留第一个）(&amp;U)</translation>
    </message>
    <message>
        <source>Exact and near copies of an earlier sample, as dedup found them</source>
        <translation>重复检测找到的、与先前某个样本完全相同或近似的副本</translation>
    </message>
    <message>
        <source>Samples &amp;judged below:</source>
        <translation>评审分数低于此值的样本(&amp;J)：</translation>
    </message>
    <message>
        <source>A minimum judge score; samples not judged yet are kept</source>
        <translation>最低评审分数；尚未评审的样本会保留</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Starts each record with the system prompt its first answer was written under</source>
        <translation>每条记录以其第一个回答生成时所用的系统提示词开头</translation>
    </message>
    <message>
        <source>Adds a &quot;metadata&quot; object to each record (CSV: columns): topic, personas, scenario, structure, document, judge score, the run and the models that wrote it</source>
        <translation>为每条记录添加一个 &quot;metadata&quot; 对象（CSV：列）：主题、人设、场景、结构、文档、评审分数，以及生成它的运行和模型</translation>
    </message>
    <message>
        <source>One per rejected response</source>
        <translation>每个被拒绝的回复各一对</translation>
    </message>
    <message>
        <source>Best against worst only</source>
        <translation>仅最佳对最差</translation>
    </message>
    <message>
        <source>Which pairs a preference sample gives: the chosen answer against each response the judge ranked lower, or only against the lowest</source>
        <translation>一个偏好样本生成哪些偏好对：选定答案分别对比评审排名较低的每个回复，或仅对比排名最低的回复</translation>
    </message>
    <message>
        <source>All, hard ones first</source>
        <translation>全部，困难负例优先</translation>
    </message>
    <message>
        <source>Hard negatives only</source>
        <translation>仅困难负例</translation>
    </message>
    <message>
        <source>One triplet per negative: the verified hard negatives from related chunks, and the easy ones from other documents</source>
        <translation>每个负例一个三元组：来自相关片段且经过验证的困难负例，以及来自其他文档的简单负例</translation>
    </message>
    <message>
        <source>&amp;Pairs:</source>
        <translation>偏好对(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Negatives:</source>
        <translation>负例(&amp;N)：</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>S&amp;huffle</source>
        <translation>打乱顺序(&amp;H)</translation>
    </message>
    <message>
        <source>Writes the records in a random order; the same seed gives the same order</source>
        <translation>以随机顺序写入记录；相同的随机种子得到相同的顺序</translation>
    </message>
    <message>
        <source>S&amp;plit into train and validation:</source>
        <translation>拆分为训练集和验证集(&amp;P)：</translation>
    </message>
    <message>
        <source>Draws a share of the samples at random (with the seed) into validation.jsonl; every record of a sample goes to the same file</source>
        <translation>按随机种子随机抽取一部分样本放入 validation.jsonl；同一样本的所有记录都写入同一个文件</translation>
    </message>
    <message>
        <source> % train</source>
        <translation> % 训练集</translation>
    </message>
    <message>
        <source>Stratified &amp;by topic</source>
        <translation>按主题分层(&amp;B)</translation>
    </message>
    <message>
        <source>Draws the validation share from each topic, so both files cover every topic</source>
        <translation>从每个主题中抽取验证集份额，使两个文件都覆盖所有主题</translation>
    </message>
    <message>
        <source>The random seed of the shuffle and the split</source>
        <translation>打乱顺序和拆分所用的随机种子</translation>
    </message>
    <message>
        <source>Write a dataset &amp;card (README.md)</source>
        <translation>写入数据集卡片 (README.md)(&amp;C)</translation>
    </message>
    <message>
        <source>A README.md as the Hugging Face Hub reads it: licence, task, languages, files and splits, and how the data was made (models, settings, counts, filters)</source>
        <translation>Hugging Face Hub 可读取的 README.md：许可证、任务、语言、文件和拆分，以及数据的生成方式（模型、设置、数量、筛选）</translation>
    </message>
    <message>
        <source>The licence id the Hub knows; check the terms of the models that wrote the data</source>
        <translation>Hub 可识别的许可证 ID；请查看生成数据的模型的使用条款</translation>
    </message>
    <message>
        <source>The languages of the data, as ISO 639-1 codes separated by spaces or commas</source>
        <translation>数据的语言，使用 ISO 639-1 代码，以空格或逗号分隔</translation>
    </message>
    <message>
        <source>With a split or a card, the export is a folder.</source>
        <translation>启用拆分或数据集卡片时，导出结果为文件夹。</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>许可证(&amp;L)：</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Preview of the first records</source>
        <translation>前几条记录的预览</translation>
    </message>
    <message>
        <source>Nothing to write with these options.</source>
        <translation>使用这些选项时没有可写入的内容。</translation>
    </message>
    <message>
        <source>Nothing is left out but rejected, failed and unfinished samples.</source>
        <translation>除被拒绝、失败和未完成的样本外，不排除任何样本。</translation>
    </message>
    <message>
        <source>None of the selected samples is caught.</source>
        <translation>所选样本均未被捕获。</translation>
    </message>
    <message>
        <source>Writes %1 from %2.</source>
        <translation>将根据 %2 写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s)</source>
        <translation>
            <numerusform>%Ln 个样本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Train: %Ln sample(s), validation: %1.</source>
        <translation>
            <numerusform>训练集：%Ln 个样本，验证集：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Samples of kinds this format does not take are not written: %1.</source>
        <translation>不会写入此格式不支持的类型的样本：%1。</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) of this export are already in %1. Replace them?</source>
        <translation>
            <numerusform>此次导出的 %Ln 个文件已存在于 %1 中。是否替换？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written to %1.</source>
        <translation>导出已取消；未向 %1 写入任何内容。</translation>
    </message>
    <message>
        <source>Wrote %1 from %2 to %3 (%4).</source>
        <translation>已根据 %2 将 %1 写入 %3（%4）。</translation>
    </message>
    <message>
        <source>Train: %1 records, validation: %2.</source>
        <translation>训练集：%1 条记录，验证集：%2 条。</translation>
    </message>
    <message>
        <source>Not written: %1.</source>
        <translation>未写入：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln: %1.</source>
        <translation>
            <numerusform>已排除 %Ln 个：%1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ImportController</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>无法导入任何内容：%1</translation>
    </message>
    <message>
        <source>Import Dataset</source>
        <translation>导入数据集</translation>
    </message>
    <message>
        <source>JSONL datasets (*.jsonl);;All files (*)</source>
        <translation>JSONL 数据集 (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import InstructLab Taxonomy</source>
        <translation>导入 InstructLab 分类体系</translation>
    </message>
    <message>
        <source>Import Auto Data Fountain Folder</source>
        <translation>导入 Auto Data Fountain 文件夹</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n bad line(s). Skip them and import the rest?</source>
        <translation>
            <numerusform>%1 中有 %n 个错误行。是否跳过这些行并导入其余内容？</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip and Import</source>
        <translation>跳过并导入</translation>
    </message>
    <message>
        <source>Reading the taxonomy…</source>
        <translation>正在读取分类体系…</translation>
    </message>
    <message>
        <source>Reading the Auto Data Fountain folder…</source>
        <translation>正在读取 Auto Data Fountain 文件夹…</translation>
    </message>
    <message>
        <source>%1 cannot be merged into the design; nothing was changed:
%2</source>
        <translation>无法将 %1 合并到设计中；未做任何更改：
%2</translation>
    </message>
    <message>
        <source>Nothing new: the design already has everything in %1.</source>
        <translation>没有新内容：设计中已包含 %1 中的所有内容。</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Add to the design: %1?</source>
        <translation>是否添加到设计中：%1？</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::JudgeDialog</name>
    <message>
        <source>Judge Samples</source>
        <translation>评审样本</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The whole &amp;sample</source>
        <translation>整个样本(&amp;S)</translation>
    </message>
    <message>
        <source>Each &amp;answer (the sample scores as its worst answer)</source>
        <translation>每个回答(&amp;A)（样本按其最差的回答计分）</translation>
    </message>
    <message>
        <source>Judge &amp;again the samples this rubric already judged</source>
        <translation>重新评审此评分标准已评审过的样本(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rubric:</source>
        <translation>评分标准(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Judge:</source>
        <translation>评审(&amp;J)：</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>分数：</translation>
    </message>
    <message>
        <source>A judge model scores each complete sample on the rubric and says why. The scores show in the dataset, which can keep only the samples above a threshold.</source>
        <translation>评审模型按评分标准为每个完整样本打分并说明理由。分数显示在数据集中，数据集可以只保留高于阈值的样本。</translation>
    </message>
    <message>
        <source>&amp;Judge</source>
        <translation>评审(&amp;J)</translation>
    </message>
    <message>
        <source>The project has no provider profile to judge with: add one in Tools ▸ Providers…</source>
        <translation>项目没有可用于评审的提供商配置：请在 工具 › 提供商… 中添加一个</translation>
    </message>
    <message>
        <source>There is no sample to judge on this rubric.</source>
        <translation>没有可按此评分标准评审的样本。</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) will be judged.</source>
        <translation>
            <numerusform>将评审 %n 个样本。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::JudgeSettings</name>
    <message>
        <source>Judge</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>The scales a judge can score on; choose one to edit it below</source>
        <translation>评审可用来打分的量表；选择一个即可在下方编辑</translation>
    </message>
    <message>
        <source>Add R&amp;ubric</source>
        <translation>添加评分标准(&amp;U)</translation>
    </message>
    <message>
        <source>Remove Rubric</source>
        <translation>移除评分标准</translation>
    </message>
    <message>
        <source>A name, for example 1-10</source>
        <translation>名称，例如 1-10</translation>
    </message>
    <message>
        <source>The lowest score of the scale</source>
        <translation>量表的最低分</translation>
    </message>
    <message>
        <source>The highest score of the scale; more than the lowest</source>
        <translation>量表的最高分；须高于最低分</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>What the judge looks for, and what each score means</source>
        <translation>评审关注什么，以及每个分数的含义</translation>
    </message>
    <message>
        <source>The rubric judging uses; the dataset&apos;s score threshold is on its scale</source>
        <translation>评审所用的评分标准；数据集的分数阈值采用其量表</translation>
    </message>
    <message>
        <source>The provider profile that scores samples</source>
        <translation>为样本打分的提供商配置</translation>
    </message>
    <message>
        <source>The whole conversation</source>
        <translation>整个对话</translation>
    </message>
    <message>
        <source>Each assistant turn</source>
        <translation>每个助手轮次</translation>
    </message>
    <message>
        <source>Score a sample once, or each of its answers</source>
        <translation>对样本打一次分，或对其每个回答分别打分</translation>
    </message>
    <message>
        <source>Rubrics:</source>
        <translation>评分标准：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>量表(&amp;S)：</translation>
    </message>
    <message>
        <source>Crite&amp;ria:</source>
        <translation>标准(&amp;R)：</translation>
    </message>
    <message>
        <source>Rubric &amp;in use:</source>
        <translation>使用的评分标准(&amp;I)：</translation>
    </message>
    <message>
        <source>Judge pro&amp;file:</source>
        <translation>评审配置(&amp;F)：</translation>
    </message>
    <message>
        <source>Sc&amp;ore:</source>
        <translation>分数(&amp;O)：</translation>
    </message>
    <message>
        <source>Rename Rubric</source>
        <translation>重命名评分标准</translation>
    </message>
    <message>
        <source>Change Rubric Scale</source>
        <translation>更改评分标准量表</translation>
    </message>
    <message>
        <source>Edit Rubric Criteria</source>
        <translation>编辑评分标准的标准</translation>
    </message>
    <message>
        <source>Choose Rubric</source>
        <translation>选择评分标准</translation>
    </message>
    <message>
        <source>Choose Judge Profile</source>
        <translation>选择评审配置</translation>
    </message>
    <message>
        <source>Judge Each Turn</source>
        <translation>评审每个轮次</translation>
    </message>
    <message>
        <source>Judge Whole Conversations</source>
        <translation>评审整个对话</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
    <message>
        <source>The assistant&apos;s profile</source>
        <translation>助手的配置</translation>
    </message>
    <message>
        <source>Rubric %1</source>
        <translation>评分标准 %1</translation>
    </message>
    <message>
        <source>Score how well the answer serves the user: correct, complete, clear.</source>
        <translation>评估回答对用户的帮助程度：正确、完整、清晰。</translation>
    </message>
    <message>
        <source>Add Rubric</source>
        <translation>添加评分标准</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::KeyField</name>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>N&amp;one (a local server without a key)</source>
        <translation>无（本地服务器，无需密钥）(&amp;O)</translation>
    </message>
    <message>
        <source>Stored in the ke&amp;ychain</source>
        <translation>存储在密钥链中(&amp;Y)</translation>
    </message>
    <message>
        <source>The OS keychain (Secret Service, macOS Keychain, Windows Credential Manager) keeps the key; the project names only the account</source>
        <translation>由操作系统的密钥链（Secret Service、macOS 钥匙串、Windows 凭据管理器）保存密钥；项目中只记录账户名</translation>
    </message>
    <message>
        <source>From an en&amp;vironment variable</source>
        <translation>来自环境变量(&amp;V)</translation>
    </message>
    <message>
        <source>The studio and the CLI read the key from this variable when they start</source>
        <translation>工作室和 CLI 启动时从此变量读取密钥</translation>
    </message>
    <message>
        <source>The name the key is stored under in the keychain</source>
        <translation>密钥在密钥链中存储时使用的名称</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>粘贴 API 密钥</translation>
    </message>
    <message>
        <source>Written to the keychain when you press Store (or Return); never saved in the project</source>
        <translation>按“存储”（或回车键）时写入密钥链；永远不会保存在项目中</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>存储(&amp;S)</translation>
    </message>
    <message>
        <source>Write the key to the keychain now</source>
        <translation>立即将密钥写入密钥链</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>替换(&amp;P)…</translation>
    </message>
    <message>
        <source>Type a new key in place of the stored one</source>
        <translation>输入新密钥以替换已存储的密钥</translation>
    </message>
    <message>
        <source>R&amp;emove Key</source>
        <translation>移除密钥(&amp;E)</translation>
    </message>
    <message>
        <source>Delete the stored key from the keychain</source>
        <translation>从密钥链中删除已存储的密钥</translation>
    </message>
    <message>
        <source>The environment variable the studio and the CLI read the key from</source>
        <translation>工作室和 CLI 从中读取密钥的环境变量</translation>
    </message>
    <message>
        <source>Keychain account:</source>
        <translation>密钥链账户：</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>Variable:</source>
        <translation>变量：</translation>
    </message>
    <message>
        <source>Name the keychain account first.</source>
        <translation>请先填写密钥链账户名称。</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>正在检查密钥链…</translation>
    </message>
    <message>
        <source>The keychain cannot be read.</source>
        <translation>无法读取密钥链。</translation>
    </message>
    <message>
        <source>%1
Put the key in an environment variable instead (for example %2) and choose &quot;From an environment variable&quot;.</source>
        <translation>%1
请改为将密钥放在环境变量中（例如 %2），并选择“来自环境变量”。</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>已存储在密钥链中</translation>
    </message>
    <message>
        <source>No key stored</source>
        <translation>未存储密钥</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>正在存储…</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>未存储</translation>
    </message>
    <message>
        <source>The keychain could not store the key: %1
The key was not saved anywhere. Without a keychain, set the environment variable %2 to the key before starting Dialogsmith and choose &quot;From an environment variable&quot; above.</source>
        <translation>密钥链无法存储密钥：%1
密钥未保存在任何地方。如果没有密钥链，请在启动 Dialogsmith 之前将环境变量 %2 设置为该密钥，并在上方选择“来自环境变量”。</translation>
    </message>
    <message>
        <source>it is not available</source>
        <translation>它不可用</translation>
    </message>
    <message>
        <source>The keychain could not remove the key: %1</source>
        <translation>密钥链无法移除密钥：%1</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::LiveConversationsModel</name>
    <message>
        <source>(no topic)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%1 / %2 条消息</translation>
    </message>
    <message numerus="yes">
        <source>complete, %n message(s)</source>
        <translation>
            <numerusform>已完成，%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>#%1 %2
%3 ↔ %4 · %5</source>
        <translation>#%1 %2
%3 ↔ %4 · %5</translation>
    </message>
    <message>
        <source>Conversation %1 of the run plan
Topic: %2
User: %3
Assistant: %4</source>
        <translation>运行计划中的对话 %1
主题：%2
用户：%3
助手：%4</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>场景：%1</translation>
    </message>
    <message>
        <source>Grounded in: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>stopped, %1 of %2 messages</source>
        <translation>已停止，%1 / %2 条消息</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>已丢弃：%1</translation>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The conversations being written, newest first, and the latest finished ones</source>
        <translation>正在撰写的对话（最新的在前）以及最近完成的对话</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>%1 asks, %2 answers</source>
        <translation>%1 提问，%2 回答</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>场景：%1</translation>
    </message>
    <message>
        <source>Structure: %1</source>
        <translation>结构：%1</translation>
    </message>
    <message>
        <source>Grounded in %1, chunk %2</source>
        <translation>依据 %1，片段 %2</translation>
    </message>
    <message>
        <source>Grounded in %1</source>
        <translation>依据 %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>the run was cancelled; Run ▸ Start resumes it</source>
        <translation>运行已取消；运行 ▸ 开始 可继续该运行</translation>
    </message>
    <message>
        <source>the run reached its budget</source>
        <translation>运行已达到预算</translation>
    </message>
    <message>
        <source>the run failed</source>
        <translation>运行失败</translation>
    </message>
    <message>
        <source>the run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>the run ended</source>
        <translation>运行已结束</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>已丢弃：%1</translation>
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
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to the design of &quot;%1&quot;?</source>
        <translation>是否保存对“%1”设计的更改？</translation>
    </message>
    <message>
        <source>A run is in progress in this project. Cancel it first (Run ▸ Cancel).</source>
        <translation>此项目中有运行正在进行。请先取消它（运行 ▸ 取消）。</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>对话 %1</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Continue the paused run</source>
        <translation>继续已暂停的运行</translation>
    </message>
    <message>
        <source>&amp;Judge Samples…</source>
        <translation>评审样本(&amp;J)…</translation>
    </message>
    <message>
        <source>Score the project&apos;s samples on a rubric with a judge model</source>
        <translation>使用评审模型按评分标准为项目的样本打分</translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation>覆盖情况(&amp;C)</translation>
    </message>
    <message>
        <source>How the samples spread over topics, personas and the other factors, planned versus made</source>
        <translation>样本在主题、人设和其他因素上的分布，计划与实际对比</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>重复项(&amp;D)…</translation>
    </message>
    <message>
        <source>Groups of exact and near duplicate samples, and which of them to keep</source>
        <translation>完全重复和近似重复的样本组，以及要保留其中哪些</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Dataset (JSONL)…</source>
        <translation>数据集 (JSONL)(&amp;D)…</translation>
    </message>
    <message>
        <source>Add the records of an openai, sharegpt or alpaca JSONL file as samples</source>
        <translation>将 openai、sharegpt 或 alpaca JSONL 文件中的记录添加为样本</translation>
    </message>
    <message>
        <source>&amp;InstructLab Taxonomy…</source>
        <translation>InstructLab 分类体系(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the seeds, topics and documents of a folder of qna.yaml files to the design</source>
        <translation>将由 qna.yaml 文件组成的文件夹中的种子指令、主题和文档添加到设计中</translation>
    </message>
    <message>
        <source>&amp;Auto Data Fountain Folder…</source>
        <translation>Auto Data Fountain 文件夹(&amp;A)…</translation>
    </message>
    <message>
        <source>Add the roles, prompts, directions and diagram of setup.yaml and diagram.mermaid to the design</source>
        <translation>将 setup.yaml 和 diagram.mermaid 中的角色、提示词、方向和图表添加到设计中</translation>
    </message>
    <message>
        <source>%1 (%2)…</source>
        <translation>%1（%2）…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ModeSettingsBox</name>
    <message>
        <source>Add constraints</source>
        <translation>添加约束</translation>
    </message>
    <message>
        <source>Deepen</source>
        <translation>加深</translation>
    </message>
    <message>
        <source>Concretise</source>
        <translation>具体化</translation>
    </message>
    <message>
        <source>Require more reasoning</source>
        <translation>要求更多推理</translation>
    </message>
    <message>
        <source>Breadth (a new instruction)</source>
        <translation>广度（新指令）</translation>
    </message>
    <message>
        <source>Example instructions the generated ones are modelled on. Double-click or F2 to edit; Insert adds one, Delete removes the selected, Ctrl+V pastes one per line.</source>
        <translation>生成的指令所参照的示例指令。双击或按 F2 编辑；Insert 添加一条，Delete 移除所选项，Ctrl+V 按每行一条粘贴。</translation>
    </message>
    <message>
        <source>No seed instructions yet: add some, or paste several lines at once.</source>
        <translation>还没有种子指令：请添加一些，或一次粘贴多行。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a seed instruction (Insert)</source>
        <translation>添加种子指令（Insert）</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected seed instructions (Delete)</source>
        <translation>移除所选的种子指令（Delete）</translation>
    </message>
    <message>
        <source>&amp;Paste Lines</source>
        <translation>粘贴多行(&amp;P)</translation>
    </message>
    <message>
        <source>Add every non-empty line of the clipboard as a seed instruction (Ctrl+V in the list)</source>
        <translation>将剪贴板中每个非空行添加为种子指令（在列表中按 Ctrl+V）</translation>
    </message>
    <message>
        <source>How many seed instructions each request shows the model</source>
        <translation>每次请求向模型展示的种子指令数</translation>
    </message>
    <message>
        <source>Seeds &amp;per request:</source>
        <translation>每次请求的种子数(&amp;P)：</translation>
    </message>
    <message>
        <source>Seed instructions:</source>
        <translation>种子指令：</translation>
    </message>
    <message>
        <source>Change Seeds per Request</source>
        <translation>更改每次请求的种子数</translation>
    </message>
    <message>
        <source>Evolve in Direction %1</source>
        <translation>沿方向 %1 演化</translation>
    </message>
    <message>
        <source>Do Not Evolve in Direction %1</source>
        <translation>不沿方向 %1 演化</translation>
    </message>
    <message>
        <source>How many times in a row each instruction is evolved; every generation is a sample</source>
        <translation>每条指令连续演化的次数；每一代都是一个样本</translation>
    </message>
    <message>
        <source>Directions:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>&amp;Generations:</source>
        <translation>代数(&amp;G)：</translation>
    </message>
    <message>
        <source>Change Generations</source>
        <translation>更改代数</translation>
    </message>
    <message>
        <source>Check each answer&apos;s &amp;faithfulness to its chunk</source>
        <translation>检查每个回答对其片段的忠实度(&amp;F)</translation>
    </message>
    <message>
        <source>A judge reads the chunk and the answer; an unfaithful answer is dropped with the judge&apos;s reason</source>
        <translation>评审阅读片段和回答；不忠实的回答会连同评审的理由一起被丢弃</translation>
    </message>
    <message>
        <source>Check Faithfulness</source>
        <translation>检查忠实度</translation>
    </message>
    <message>
        <source>Do Not Check Faithfulness</source>
        <translation>不检查忠实度</translation>
    </message>
    <message>
        <source>Prompts it writes</source>
        <translation>自行编写的提示</translation>
    </message>
    <message>
        <source>Prompts written as the instruction mode writes them, from the seed instructions; every response is new</source>
        <translation>按指令模式的方式根据示例指令编写的提示；每个回答都是新的</translation>
    </message>
    <message>
        <source>The assistant turns of the project&apos;s conversations</source>
        <translation>项目对话中的助手轮次</translation>
    </message>
    <message>
        <source>Each assistant turn of the project&apos;s conversations is answered again; its own answer is one of the responses</source>
        <translation>重新回答项目对话中的每个助手轮次；它自己的回答是其中一个回答</translation>
    </message>
    <message>
        <source>What the responses answer. From conversations, each assistant turn of the project&apos;s complete, not rejected conversation-mode samples is a prompt (the conversation up to that turn) and its own answer is one of the responses, so responses − 1 new answers are asked for. Turns that have a preference pair already are skipped; the run&apos;s count is the most samples it makes. The seed instructions are not used.</source>
        <translation>回答针对的内容。来自对话时，项目中已完成且未被拒绝的对话样本的每个助手轮次都是一个提示（截至该轮次的对话），其自身的回答是其中一个回答，因此只需请求“回答数 − 1”个新回答。已有偏好对的轮次会被跳过；运行的数量是其最多生成的样本数。不使用示例指令。</translation>
    </message>
    <message>
        <source>The seed instructions are not used: each prompt is one of the project&apos;s conversations up to an assistant turn, and that turn&apos;s answer is one of the responses.</source>
        <translation>不使用示例指令：每个提示是项目中截至某个助手轮次的一段对话，该轮次的回答是其中一个回答。</translation>
    </message>
    <message>
        <source>Responses per prompt for the judge to rank, at least two; from conversations, the turn&apos;s own answer is one of them</source>
        <translation>每个提示供评审排名的回答数，至少两个；来自对话时，该轮次自己的回答是其中之一</translation>
    </message>
    <message>
        <source>Who writes the responses, in turn; none ticked: the assistant profile</source>
        <translation>依次撰写回复的配置；未勾选任何项时：助手配置</translation>
    </message>
    <message>
        <source>The temperature of response %1</source>
        <translation>回复 %1 的温度</translation>
    </message>
    <message>
        <source>Change Response Temperature</source>
        <translation>更改回复温度</translation>
    </message>
    <message>
        <source>Prompts &amp;from:</source>
        <translation>提示来源(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Responses:</source>
        <translation>回复(&amp;R)：</translation>
    </message>
    <message>
        <source>Response profiles:</source>
        <translation>回复配置：</translation>
    </message>
    <message>
        <source>Temperatures:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <source>Answer the Project&apos;s Conversations</source>
        <translation>回答项目中的对话</translation>
    </message>
    <message>
        <source>Answer Prompts It Writes</source>
        <translation>回答自行编写的提示</translation>
    </message>
    <message>
        <source>Change Responses</source>
        <translation>更改回复数</translation>
    </message>
    <message>
        <source>Choose Response Profiles</source>
        <translation>选择回复配置</translation>
    </message>
    <message>
        <source>Search queries asked for each chunk; each becomes the anchor of one triplet</source>
        <translation>为每个片段提出的搜索查询；每个查询成为一个三元组的锚点</translation>
    </message>
    <message>
        <source>Per query: chunks of other passages that BM25 ranks high but that do not answer it</source>
        <translation>每个查询：BM25 排名靠前但并不回答该查询的其他段落的片段</translation>
    </message>
    <message>
        <source>Per query: random chunks of other documents</source>
        <translation>每个查询：其他文档中的随机片段</translation>
    </message>
    <message>
        <source>A judge &amp;verifies each hard negative</source>
        <translation>由评审验证每个困难负例(&amp;V)</translation>
    </message>
    <message>
        <source>A candidate that answers the query after all is not used as a negative</source>
        <translation>实际上能回答查询的候选项不会用作负例</translation>
    </message>
    <message>
        <source>&amp;Queries per chunk:</source>
        <translation>每个片段的查询数(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Hard negatives:</source>
        <translation>困难负例(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Easy negatives:</source>
        <translation>简单负例(&amp;E)：</translation>
    </message>
    <message>
        <source>Change Queries per Chunk</source>
        <translation>更改每个片段的查询数</translation>
    </message>
    <message>
        <source>Change Hard Negatives</source>
        <translation>更改困难负例数</translation>
    </message>
    <message>
        <source>Change Easy Negatives</source>
        <translation>更改简单负例数</translation>
    </message>
    <message>
        <source>Verify Hard Negatives</source>
        <translation>验证困难负例</translation>
    </message>
    <message>
        <source>Do Not Verify Hard Negatives</source>
        <translation>不验证困难负例</translation>
    </message>
    <message>
        <source>The profile that ranks responses, checks faithfulness and verifies negatives</source>
        <translation>对回复排序、检查忠实度并验证负例的配置</translation>
    </message>
    <message>
        <source>&amp;Judge profile:</source>
        <translation>评审配置(&amp;J)：</translation>
    </message>
    <message>
        <source>Choose Judge Profile</source>
        <translation>选择评审配置</translation>
    </message>
    <message>
        <source>The assistant&apos;s profile</source>
        <translation>助手的配置</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
    <message>
        <source>Remove Seed Instruction</source>
        <translation>移除种子指令</translation>
    </message>
    <message>
        <source>Add Seed Instruction</source>
        <translation>添加种子指令</translation>
    </message>
    <message>
        <source>Edit Seed Instruction</source>
        <translation>编辑种子指令</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Seed Instruction(s)</source>
        <translation>
            <numerusform>移除 %n 条种子指令</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Seed Instruction(s)</source>
        <translation>
            <numerusform>粘贴 %n 条种子指令</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ModelField</name>
    <message>
        <source>Type a model name or list the server&apos;s models</source>
        <translation>输入模型名称，或列出服务器的模型</translation>
    </message>
    <message>
        <source>The model the server runs for this profile, exactly as the server names it</source>
        <translation>服务器为此配置运行的模型，名称须与服务器中的完全一致</translation>
    </message>
    <message>
        <source>&amp;List Models</source>
        <translation>列出模型(&amp;L)</translation>
    </message>
    <message>
        <source>Ask the server which models it offers</source>
        <translation>询问服务器提供哪些模型</translation>
    </message>
    <message>
        <source>The server&apos;s models could not be listed: %1</source>
        <translation>无法列出服务器的模型：%1</translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s): pick one from the list.</source>
        <translation>
            <numerusform>服务器提供 %n 个模型：请从列表中选择一个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>正在询问服务器…</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ModelRequest</name>
    <message>
        <source>This project has no model profile yet. Add one in Tools › Providers…, then try again.</source>
        <translation>此项目还没有模型配置。请在 工具 › 提供商… 中添加一个，然后重试。</translation>
    </message>
    <message>
        <source>The model could not be asked. Check the profile in Tools › Providers… and try again.</source>
        <translation>无法询问模型。请在 工具 › 提供商… 中检查配置，然后重试。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::PasteDocumentDialog</name>
    <message>
        <source>Paste as Document</source>
        <translation>粘贴为文档</translation>
    </message>
    <message>
        <source>A title for the document</source>
        <translation>文档的标题</translation>
    </message>
    <message>
        <source>Paste or type the document&apos;s text here.</source>
        <translation>在此粘贴或输入文档的文本。</translation>
    </message>
    <message>
        <source>Add Document</source>
        <translation>添加文档</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>文本(&amp;X)：</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::PersonaEditor</name>
    <message>
        <source>All personas</source>
        <translation>所有人设</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Show the personas of one side only</source>
        <translation>仅显示一方的人设</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>e.g. Mia, Dr. Okafor</source>
        <translation>例如 Mia、Dr. Okafor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>User: asks the questions</source>
        <translation>用户：提出问题</translation>
    </message>
    <message>
        <source>Assistant: answers them</source>
        <translation>助手：回答问题</translation>
    </message>
    <message>
        <source>Each conversation draws one user persona and one assistant persona.</source>
        <translation>每个对话抽取一个用户人设和一个助手人设。</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>角色(&amp;S)：</translation>
    </message>
    <message>
        <source>Who this is, in a sentence or two: background, age, situation</source>
        <translation>用一两句话说明这是谁：背景、年龄、处境</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;C)：</translation>
    </message>
    <message>
        <source>student of the tutor</source>
        <translation>家教的学生</translation>
    </message>
    <message>
        <source>customer of the support agent</source>
        <translation>客服人员的顾客</translation>
    </message>
    <message>
        <source>patient of the doctor</source>
        <translation>医生的病人</translation>
    </message>
    <message>
        <source>client of the counsellor</source>
        <translation>咨询师的来访者</translation>
    </message>
    <message>
        <source>new employee and their mentor</source>
        <translation>新员工及其导师</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>journalist interviewing an expert</source>
        <translation>采访专家的记者</translation>
    </message>
    <message>
        <source>curious stranger</source>
        <translation>好奇的陌生人</translation>
    </message>
    <message>
        <source>How the two speakers relate</source>
        <translation>两位说话者之间的关系</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>关系(&amp;R)：</translation>
    </message>
    <message>
        <source>curious</source>
        <translation>好奇</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>平静</translation>
    </message>
    <message>
        <source>cheerful</source>
        <translation>开朗</translation>
    </message>
    <message>
        <source>confident</source>
        <translation>自信</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>焦虑</translation>
    </message>
    <message>
        <source>confused</source>
        <translation>困惑</translation>
    </message>
    <message>
        <source>frustrated</source>
        <translation>沮丧</translation>
    </message>
    <message>
        <source>impatient</source>
        <translation>不耐烦</translation>
    </message>
    <message>
        <source>sceptical</source>
        <translation>怀疑</translation>
    </message>
    <message>
        <source>tired</source>
        <translation>疲惫</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>耐心</translation>
    </message>
    <message>
        <source>encouraging</source>
        <translation>鼓励</translation>
    </message>
    <message>
        <source>How they feel during the conversation</source>
        <translation>对话过程中的感受</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>情绪(&amp;M)：</translation>
    </message>
    <message>
        <source>knows nothing about the subject</source>
        <translation>对该主题一无所知</translation>
    </message>
    <message>
        <source>beginner</source>
        <translation>初学者</translation>
    </message>
    <message>
        <source>high-school level</source>
        <translation>高中水平</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>中级</translation>
    </message>
    <message>
        <source>university level</source>
        <translation>大学水平</translation>
    </message>
    <message>
        <source>advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>What they know about the topic</source>
        <translation>对该主题的了解程度</translation>
    </message>
    <message>
        <source>&amp;Knowledge level:</source>
        <translation>知识水平(&amp;K)：</translation>
    </message>
    <message>
        <source>e.g. pass tomorrow&apos;s exam, fix the printer, understand the diagnosis</source>
        <translation>例如：通过明天的考试、修好打印机、理解诊断结果</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>目标(&amp;G)：</translation>
    </message>
    <message>
        <source>e.g. short questions, informal, many typos; precise and formal</source>
        <translation>例如：问题简短、随意、错别字多；严谨而正式</translation>
    </message>
    <message>
        <source>Speaking s&amp;tyle:</source>
        <translation>说话风格(&amp;T)：</translation>
    </message>
    <message>
        <source>The language they speak</source>
        <translation>使用的语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>How often this persona is drawn compared with the others of its side: weight 2 is drawn twice as often as weight 1; 0 never.</source>
        <translation>此人设相对于同一方其他人设被抽中的频率：权重 2 被抽中的次数是权重 1 的两倍；0 则从不抽中。</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
    <message>
        <source>Select a persona to edit it.</source>
        <translation>选择一个人设进行编辑。</translation>
    </message>
    <message>
        <source>&amp;Add Persona</source>
        <translation>添加人设(&amp;A)</translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation>添加人设</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>Add a copy of the selected persona</source>
        <translation>添加所选人设的副本</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected persona</source>
        <translation>删除所选人设</translation>
    </message>
    <message>
        <source>&amp;Suggest Personas…</source>
        <translation>建议人设(&amp;E)…</translation>
    </message>
    <message>
        <source>Let a model suggest personas, for review before they are added</source>
        <translation>让模型建议人设，添加前先供您审阅</translation>
    </message>
    <message>
        <source>Rename Persona</source>
        <translation>重命名人设</translation>
    </message>
    <message>
        <source>Change Persona Side</source>
        <translation>更改人设所属方</translation>
    </message>
    <message>
        <source>Edit Persona Description</source>
        <translation>编辑人设描述</translation>
    </message>
    <message>
        <source>Edit Persona Relationship</source>
        <translation>编辑人设关系</translation>
    </message>
    <message>
        <source>Edit Persona Mood</source>
        <translation>编辑人设情绪</translation>
    </message>
    <message>
        <source>Edit Persona Knowledge Level</source>
        <translation>编辑人设知识水平</translation>
    </message>
    <message>
        <source>Edit Persona Language</source>
        <translation>编辑人设语言</translation>
    </message>
    <message>
        <source>Edit Persona Goal</source>
        <translation>编辑人设目标</translation>
    </message>
    <message>
        <source>Edit Persona Speaking Style</source>
        <translation>编辑人设说话风格</translation>
    </message>
    <message>
        <source>Change Persona Weight</source>
        <translation>更改人设权重</translation>
    </message>
    <message>
        <source>No personas yet.

Add one (Insert) or let a model suggest some (Ctrl+E). A run needs at least one user and one assistant persona.</source>
        <translation>还没有人设。

添加一个（Insert），或让模型建议一些（Ctrl+E）。一次运行至少需要一个用户人设和一个助手人设。</translation>
    </message>
    <message>
        <source>No persona of this side.</source>
        <translation>这一方没有人设。</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>新人设</translation>
    </message>
    <message>
        <source>Add Persona</source>
        <translation>添加人设</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate Persona</source>
        <translation>复制人设</translation>
    </message>
    <message>
        <source>Delete Persona “%1”</source>
        <translation>删除人设“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Suggested Persona(s)</source>
        <translation>
            <numerusform>添加 %n 个建议的人设</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::PersonaListModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Plays the user: the simulator asks its questions.</source>
        <translation>扮演用户：由模拟器提出其问题。</translation>
    </message>
    <message>
        <source>Plays the assistant: answers the user.</source>
        <translation>扮演助手：回答用户。</translation>
    </message>
    <message>
        <source>How often this persona is drawn compared with the others of its side.</source>
        <translation>此人设相对于同一方其他人设被抽中的频率。</translation>
    </message>
    <message>
        <source>Rename Persona</source>
        <translation>重命名人设</translation>
    </message>
    <message>
        <source>Change Persona Weight</source>
        <translation>更改人设权重</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>人设</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
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
    <name>Dialogsmith::ProfileForm</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>e.g. teacher, local-llama</source>
        <translation>例如 teacher、local-llama</translation>
    </message>
    <message>
        <source>The profile&apos;s name, as the run settings refer to it</source>
        <translation>配置的名称，运行设置通过该名称引用它</translation>
    </message>
    <message>
        <source>The kind of server: it decides how requests are written</source>
        <translation>服务器类型：决定请求的编写方式</translation>
    </message>
    <message>
        <source>OpenAI-compatible server (llama.cpp, vLLM, Ollama, …)</source>
        <translation>兼容 OpenAI 的服务器（llama.cpp、vLLM、Ollama 等）</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <source>The server&apos;s address, used exactly as written (OpenAI-compatible: up to and including /v1)</source>
        <translation>服务器地址，按原样使用（兼容 OpenAI 的服务器：写到 /v1 为止，包括 /v1）</translation>
    </message>
    <message>
        <source>Further servers of the same model, separated by spaces (optional)</source>
        <translation>运行同一模型的其他服务器，以空格分隔（可选）</translation>
    </message>
    <message>
        <source>Calls are spread over all servers and fail over between them</source>
        <translation>调用会分散到所有服务器上，并在服务器之间故障转移</translation>
    </message>
    <message>
        <source>Allow sending the key over plain http to other hosts than this computer</source>
        <translation>允许通过明文 http 将密钥发送到本机以外的主机</translation>
    </message>
    <message>
        <source>Only on a network you trust: anyone on the way can read a key sent over http</source>
        <translation>仅限在您信任的网络中使用：传输途中的任何人都能读取通过 http 发送的密钥</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>More ser&amp;vers:</source>
        <translation>更多服务器(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Requests in flight at once, over all servers</source>
        <translation>同时进行的请求数（所有服务器合计）</translation>
    </message>
    <message>
        <source>Requests started per minute, over all servers</source>
        <translation>每分钟发起的请求数（所有服务器合计）</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>Output is counted as max tokens up front</source>
        <translation>输出按最大 Token 数预先计入</translation>
    </message>
    <message>
        <source>Tries per request, the first included; 429s and server errors are retried</source>
        <translation>每个请求的尝试次数（包括第一次）；429 和服务器错误会重试</translation>
    </message>
    <message>
        <source>How long to wait for the first byte of an answer</source>
        <translation>等待响应首字节的时长</translation>
    </message>
    <message>
        <source>A stream that sends nothing for this long is dropped and retried</source>
        <translation>数据流若在这段时间内没有发送任何内容，将被断开并重试</translation>
    </message>
    <message>
        <source>Concurrent requests:</source>
        <translation>并发请求数：</translation>
    </message>
    <message>
        <source>Requests per minute:</source>
        <translation>每分钟请求数：</translation>
    </message>
    <message>
        <source>Tokens per minute:</source>
        <translation>每分钟 Token 数：</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>尝试次数：</translation>
    </message>
    <message>
        <source>First byte timeout:</source>
        <translation>首字节超时：</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>空闲超时：</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Per million tokens of the prompt</source>
        <translation>每百万提示词 Token</translation>
    </message>
    <message>
        <source>Per million tokens the model writes</source>
        <translation>每百万模型输出 Token</translation>
    </message>
    <message>
        <source>Per million prompt tokens the server had cached (often cheaper)</source>
        <translation>每百万服务器已缓存的提示词 Token（通常更便宜）</translation>
    </message>
    <message>
        <source>Per million prompt tokens written to the server&apos;s cache (Anthropic)</source>
        <translation>每百万写入服务器缓存的提示词 Token（Anthropic）</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>输入：</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>Cached input:</source>
        <translation>缓存输入：</translation>
    </message>
    <message>
        <source>Cache write:</source>
        <translation>缓存写入：</translation>
    </message>
    <message>
        <source>US dollars per million tokens, once the profile names a model</source>
        <translation>每百万 Token 的美元价格，需先在配置中指定模型</translation>
    </message>
    <message>
        <source>US dollars per million tokens of %1, for cost estimates and budgets</source>
        <translation>%1 每百万 Token 的美元价格，用于费用估算和预算</translation>
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
    <message>
        <source>Click a part of the project to open its editor</source>
        <translation>点击项目的某个部分以打开其编辑器</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ProjectSession</name>
    <message>
        <source>the file %1 cannot be written</source>
        <translation>无法写入文件 %1</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ProvidersDialog</name>
    <message>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>The project&apos;s provider profiles: each is a model on a server</source>
        <translation>项目的提供商配置：每个配置对应某台服务器上的一个模型</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a profile (Ctrl+N)</source>
        <translation>添加配置 (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected profile (its stored key stays in the keychain)</source>
        <translation>移除所选配置（其已存储的密钥仍保留在密钥链中）</translation>
    </message>
    <message>
        <source>No provider profile yet.
Add one to say which model writes the conversations: a local OpenAI-compatible server, OpenAI, Anthropic or Gemini.</source>
        <translation>还没有提供商配置。
请添加一个配置，指定由哪个模型撰写对话：本地兼容 OpenAI 的服务器、OpenAI、Anthropic 或 Gemini。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: the key needs a keychain account or an environment variable.</source>
        <translation>%1：密钥需要一个密钥链账户或环境变量。</translation>
    </message>
    <message>
        <source>Edit Providers</source>
        <translation>编辑提供商</translation>
    </message>
    <message>
        <source>Add a copy of the selected profile</source>
        <translation>添加所选配置的副本</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::QualityBar</name>
    <message>
        <source>Leaves out samples with a refusal or AI boilerplate (&quot;As an AI language model&quot;, &quot;I&apos;m sorry, but I can&apos;t assist&quot;), in English, German, Indonesian and Chinese</source>
        <translation>排除包含拒答或 AI 套话（“As an AI language model”、“I&apos;m sorry, but I can&apos;t assist”）的样本，支持英语、德语、印尼语和中文</translation>
    </message>
    <message>
        <source>Filter Refusals</source>
        <translation>筛除拒答</translation>
    </message>
    <message>
        <source>Keep Refusals</source>
        <translation>保留拒答</translation>
    </message>
    <message>
        <source>Leaves out samples with an empty message or one the model stopped at its token limit</source>
        <translation>排除含有空消息或被模型在 Token 上限处截断的消息的样本</translation>
    </message>
    <message>
        <source>Filter Truncated Samples</source>
        <translation>筛除截断样本</translation>
    </message>
    <message>
        <source>Keep Truncated Samples</source>
        <translation>保留截断样本</translation>
    </message>
    <message>
        <source>Leaves out samples with a message in another language than the user persona&apos;s (or, when the persona names none, the language given here). Only messages long enough for a sure detection count.</source>
        <translation>排除含有与用户人设语言不同（若人设未指定语言，则为此处给出的语言）的消息的样本。只有长度足以可靠检测的消息才计入。</translation>
    </message>
    <message>
        <source>Filter Wrong Language</source>
        <translation>筛除语言错误</translation>
    </message>
    <message>
        <source>Keep Wrong Language</source>
        <translation>保留语言错误</translation>
    </message>
    <message>
        <source>Leaves out samples whose shortest message has fewer characters than this</source>
        <translation>排除最短消息的字符数少于此值的样本</translation>
    </message>
    <message>
        <source>Filter Short Samples</source>
        <translation>筛除过短样本</translation>
    </message>
    <message>
        <source>Keep Short Samples</source>
        <translation>保留过短样本</translation>
    </message>
    <message>
        <source>Leaves out samples whose longest message has more characters than this</source>
        <translation>排除最长消息的字符数多于此值的样本</translation>
    </message>
    <message>
        <source>Filter Long Samples</source>
        <translation>筛除过长样本</translation>
    </message>
    <message>
        <source>Keep Long Samples</source>
        <translation>保留过长样本</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The expected language when the user persona names none, for example German</source>
        <translation>用户人设未指定语言时预期的语言，例如德语</translation>
    </message>
    <message>
        <source>Change Expected Language</source>
        <translation>更改预期语言</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <source>Change Length Limit</source>
        <translation>更改长度限制</translation>
    </message>
    <message>
        <source>&lt; </source>
        <translation>&lt; </translation>
    </message>
    <message>
        <source>&gt; </source>
        <translation>&gt; </translation>
    </message>
    <message>
        <source>Judge score ≥ </source>
        <translation>评审分数 ≥ </translation>
    </message>
    <message>
        <source>No judge threshold</source>
        <translation>无评审阈值</translation>
    </message>
    <message>
        <source>Leaves out samples the judge scored below this, on the scale of the rubric judging uses. Samples not judged yet are kept.</source>
        <translation>排除评审打分低于此值的样本，按评审所用评分标准的量表计。尚未评审的样本会保留。</translation>
    </message>
    <message>
        <source>Change Judge Threshold</source>
        <translation>更改评审阈值</translation>
    </message>
    <message>
        <source>Exact and near duplicates of an earlier sample: hidden (the first of each group stays, and only it is exported), or listed right after the sample they repeat</source>
        <translation>早先样本的完全重复和近似重复项：隐藏（每组保留第一个，且只导出它），或紧跟在其重复的样本之后列出</translation>
    </message>
    <message>
        <source>Hide Duplicates</source>
        <translation>隐藏重复项</translation>
    </message>
    <message>
        <source>Keep Duplicates</source>
        <translation>保留重复项</translation>
    </message>
    <message>
        <source>Lists the samples the quality settings leave out too, greyed, with what caught them in the Quality column</source>
        <translation>同时列出被质量设置排除的样本，显示为灰色，并在“质量”列中注明原因</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>质量：</translation>
    </message>
    <message>
        <source>Leaves out samples the judge scored below this, on the scale of the rubric &quot;%1&quot; (%2 to %3). Samples not judged yet are kept.</source>
        <translation>排除评审打分低于此值的样本，按评分标准“%1”（%2 至 %3）的量表计。尚未评审的样本会保留。</translation>
    </message>
    <message>
        <source>Checking samples… %1 of %2</source>
        <translation>正在检查样本… %1 / %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Refusals and boilerplate</source>
        <translation>拒答和套话</translation>
    </message>
    <message>
        <source>Empty or truncated</source>
        <translation>为空或被截断</translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation>语言错误</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>过短</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>过长</translation>
    </message>
    <message numerus="yes">
        <source>%1 below, %Ln not judged (kept)</source>
        <translation>
            <numerusform>%1 个低于阈值，%Ln 个未评审（保留）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not judged</source>
        <translation>
            <numerusform>%Ln 个未评审</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide duplicates (keep the first) — %1</source>
        <translation>隐藏重复项（保留第一个）— %1</translation>
    </message>
    <message>
        <source>Group duplicates — %1</source>
        <translation>分组显示重复项 — %1</translation>
    </message>
    <message>
        <source>Duplicates in place — %1</source>
        <translation>原位显示重复项 — %1</translation>
    </message>
    <message>
        <source>Show removed (%1)</source>
        <translation>显示已移除项（%1）</translation>
    </message>
    <message>
        <source>Show removed</source>
        <translation>显示已移除项</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ReviewPanel</name>
    <message>
        <source>Not reviewed yet</source>
        <translation>尚未审阅</translation>
    </message>
    <message>
        <source>Edited, not reviewed yet</source>
        <translation>已编辑，尚未审阅</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Approve this conversation for export (A)</source>
        <translation>批准此对话用于导出 (A)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Reject this conversation: it is left out of every export (R)</source>
        <translation>拒绝此对话：任何导出都不会包含它 (R)</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>评分：</translation>
    </message>
    <message>
        <source>Keys 1 to 5 rate, 0 clears the rating</source>
        <translation>按 1 到 5 键评分，按 0 清除评分</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes on this conversation: what is good, what to fix…</source>
        <translation>关于此对话的备注：哪些地方好，哪些需要修改…</translation>
    </message>
    <message>
        <source>Drawn from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Judge score</source>
        <translation>评审分数</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <source>Open the original (conversation %1)</source>
        <translation>打开原始对话（对话 %1）</translation>
    </message>
    <message>
        <source>Kept as you type; Edit ▸ Undo takes a change back (N puts the cursor here)</source>
        <translation>输入时即会保存；编辑 ▸ 撤销 可撤回更改（按 N 可将光标移到此处）</translation>
    </message>
    <message>
        <source>Keys: A approve · R reject · 1–5 rate · N notes · J / K next and previous</source>
        <translation>快捷键：A 批准 · R 拒绝 · 1–5 评分 · N 备注 · J / K 下一个和上一个</translation>
    </message>
    <message>
        <source>Rate %1 of 5 (key %1); click the current rating again to clear it</source>
        <translation>评为 %1 分（满分 5，按键 %1）；再次点击当前评分可清除</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>The document chunks this conversation drew on: click one to see it, with the passages its messages share marked</source>
        <translation>此对话所依据的文档片段：点击其中一个即可查看，其中与消息相同的段落已标出</translation>
    </message>
    <message>
        <source>The document chunk, as the run cut it; the passages the message shares with it are marked</source>
        <translation>运行时切分出的文档片段；消息与其相同的段落已标出</translation>
    </message>
    <message>
        <source>§%1 · %2</source>
        <translation>§%1 · %2</translation>
    </message>
    <message>
        <source>the conversation&apos;s</source>
        <translation>对话的</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chunks used&lt;/b&gt;</source>
        <translation>&lt;b&gt;使用的片段&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s): %1</source>
        <translation>
            <numerusform>%n 条消息：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::RunController</name>
    <message>
        <source>Open or create a project first.</source>
        <translation>请先打开或创建一个项目。</translation>
    </message>
    <message>
        <source>A run is in progress: pause or cancel it first.</source>
        <translation>有运行正在进行：请先暂停或取消。</translation>
    </message>
    <message>
        <source>The project file %1 is read-only: runs write what they generate into it.</source>
        <translation>项目文件 %1 为只读：运行会将生成的内容写入其中。</translation>
    </message>
    <message>
        <source>The project has no provider profile. Add one under Tools ▸ Providers… to say which model writes the conversations.</source>
        <translation>项目没有提供商配置。请在 工具 ▸ 提供商… 中添加一个，指定由哪个模型撰写对话。</translation>
    </message>
    <message>
        <source>The project has several provider profiles: choose the one for the user simulator and the one for the assistant in the Runs section.</source>
        <translation>项目有多个提供商配置：请在“运行记录”部分选择用户模拟器和助手各自使用的配置。</translation>
    </message>
    <message>
        <source>The run settings name the provider profile &quot;%1&quot;, which the project does not have.</source>
        <translation>运行设置引用了提供商配置“%1”，但项目中没有该配置。</translation>
    </message>
    <message numerus="yes">
        <source>The design has %n problem(s) to fix before a run can start:</source>
        <translation>
            <numerusform>设计中有 %n 个问题，需要修复后才能开始运行：</numerusform>
        </translation>
    </message>
    <message>
        <source>The design could not be saved, so the run did not start: %1</source>
        <translation>无法保存设计，因此运行未启动：%1</translation>
    </message>
    <message>
        <source>The run failed.</source>
        <translation>运行失败。</translation>
    </message>
    <message>
        <source>The design could not be saved, so judging did not start: %1</source>
        <translation>无法保存设计，因此评审未开始：%1</translation>
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
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Input and output tokens the run has used, against its token budget</source>
        <translation>本次运行已使用的输入和输出 Token，以及其 Token 预算</translation>
    </message>
    <message>
        <source>What the run has cost so far (from the project&apos;s prices), against its budget</source>
        <translation>本次运行目前的费用（按项目的价格计算），以及其预算</translation>
    </message>
    <message>
        <source>Messages completed per minute, over the last minute</source>
        <translation>最近一分钟内每分钟完成的消息数</translation>
    </message>
    <message>
        <source>Requests the provider refused with 429 (too many requests) in the last minute, and in this session; the engine waits and retries them</source>
        <translation>提供商以 429（请求过多）拒绝的请求数：最近一分钟及本次会话内；引擎会等待后重试</translation>
    </message>
    <message>
        <source>ETA —</source>
        <translation>剩余时间 —</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>剩余时间 %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 / %2 · %3</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (%2 in all)</source>
        <translation>%1（共 %2）</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Run %1 running</source>
        <translation>运行 %1 进行中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Paused: messages in flight finish, no new ones start</source>
        <translation>已暂停：进行中的消息会完成，不再开始新的消息</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Run %1 complete</source>
        <translation>运行 %1 已完成</translation>
    </message>
    <message>
        <source>Run %1 cancelled: Start resumes it</source>
        <translation>运行 %1 已取消：“开始”可继续该运行</translation>
    </message>
    <message>
        <source>Run %1 stopped at its budget</source>
        <translation>运行 %1 因达到预算而停止</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>Samples done</source>
        <translation>已完成样本</translation>
    </message>
    <message>
        <source>Samples (conversations, pairs, triplets…) complete in this run, of those planned</source>
        <translation>本次运行中已完成的样本（对话、样本对、三元组…），占计划数</translation>
    </message>
    <message>
        <source>Samples that failed: the dataset shows why</source>
        <translation>失败的样本：数据集中会显示原因</translation>
    </message>
    <message>
        <source>Samples being written now</source>
        <translation>正在写入的样本</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 complete, %n sample(s) failed</source>
        <translation>
            <numerusform>运行 %1 已完成，%n 个样本失败</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::RunSettingsEditor</name>
    <message>
        <source>provider default</source>
        <translation>提供商默认值</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1 k</source>
        <translation>%1 k</translation>
    </message>
    <message>
        <source>about %1 days</source>
        <translation>约 %1 天</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>约 %1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>约 %1 分钟</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>不到一分钟</translation>
    </message>
    <message>
        <source>Runs of this project</source>
        <translation>此项目的运行记录</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the runs again from the project file (they also refresh every few seconds)</source>
        <translation>从项目文件重新读取运行记录（它们也会每隔几秒自动刷新）</translation>
    </message>
    <message>
        <source>Run ▸ Start (F5) resumes the last run if it was interrupted, else starts a new one with the settings above.</source>
        <translation>运行 ▸ 开始 (F5) 会在上次运行中断时继续该运行，否则按上面的设置开始新的运行。</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Exchanges (a question and its answer) per conversation, drawn from this range</source>
        <translation>每个对话的轮数（一问一答为一轮），从此范围中抽取</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Chance that a follow-up question moves on to another chunk of the same document</source>
        <translation>追问转到同一文档另一个片段的概率</translation>
    </message>
    <message>
        <source>When the user simulator replies with this, the conversation ends early</source>
        <translation>用户模拟器回复此内容时，对话提前结束</translation>
    </message>
    <message>
        <source>&amp;Turns:</source>
        <translation>轮数(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Grounding probability:</source>
        <translation>基于文档的概率(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Drift probability:</source>
        <translation>漂移概率(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;End marker:</source>
        <translation>结束标记(&amp;E)：</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The provider profile that answers: the model being distilled</source>
        <translation>负责回答的提供商配置：即被蒸馏的模型</translation>
    </message>
    <message>
        <source>User simulator</source>
        <translation>用户模拟器</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>配置：</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <source>Top p:</source>
        <translation>Top p：</translation>
    </message>
    <message>
        <source>Max tokens:</source>
        <translation>最大 Token 数：</translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2; lowest value: the provider&apos;s default</source>
        <translation>采样温度，0 到 2；最小值表示使用提供商默认值</translation>
    </message>
    <message>
        <source>Nucleus sampling, 0 to 1; lowest value: the provider&apos;s default</source>
        <translation>核采样，0 到 1；最小值表示使用提供商默认值</translation>
    </message>
    <message>
        <source>The longest message this side may write, in tokens</source>
        <translation>这一方可写的最长消息，以 Token 计</translation>
    </message>
    <message>
        <source>Pace and budget</source>
        <translation>速度与预算</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source>The run stops (resumably) once it has cost this much, by the project&apos;s prices</source>
        <translation>按项目价格计算，费用达到此金额时运行停止（可继续）</translation>
    </message>
    <message>
        <source>The run stops (resumably) once it has used this many tokens, input and output</source>
        <translation>已用 Token（输入和输出合计）达到此数量时运行停止（可继续）</translation>
    </message>
    <message>
        <source>C&amp;oncurrency:</source>
        <translation>并发数(&amp;O)：</translation>
    </message>
    <message>
        <source>Budget (&amp;USD):</source>
        <translation>预算（美元）(&amp;U)：</translation>
    </message>
    <message>
        <source>Budget (to&amp;kens):</source>
        <translation>预算（Token）(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>Change Turns</source>
        <translation>更改轮数</translation>
    </message>
    <message>
        <source>Change Grounding Probability</source>
        <translation>更改基于文档的概率</translation>
    </message>
    <message>
        <source>Change Drift Probability</source>
        <translation>更改漂移概率</translation>
    </message>
    <message>
        <source>Change End Marker</source>
        <translation>更改结束标记</translation>
    </message>
    <message>
        <source>Choose User Simulator Profile</source>
        <translation>选择用户模拟器配置</translation>
    </message>
    <message>
        <source>Choose Assistant Profile</source>
        <translation>选择助手配置</translation>
    </message>
    <message>
        <source>Change Temperature</source>
        <translation>更改温度</translation>
    </message>
    <message>
        <source>Change Top P</source>
        <translation>更改 Top P</translation>
    </message>
    <message>
        <source>Change Max Tokens</source>
        <translation>更改最大 Token 数</translation>
    </message>
    <message>
        <source>Change Concurrency</source>
        <translation>更改并发数</translation>
    </message>
    <message>
        <source>Change Budget</source>
        <translation>更改预算</translation>
    </message>
    <message>
        <source>Change Token Budget</source>
        <translation>更改 Token 预算</translation>
    </message>
    <message>
        <source>Change Seed</source>
        <translation>更改随机种子</translation>
    </message>
    <message>
        <source>No profile: add one under Tools ▸ Providers…</source>
        <translation>没有配置：请在 工具 ▸ 提供商… 中添加</translation>
    </message>
    <message>
        <source>%1 (the only profile)</source>
        <translation>%1（唯一的配置）</translation>
    </message>
    <message>
        <source>Choose a profile…</source>
        <translation>选择配置…</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; tokens (%2 in, %3 out; at most %4 out if every message reaches its max tokens)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 个 Token（输入 %2，输出 %3；若每条消息都达到最大 Token 数，输出最多 %4）</translation>
    </message>
    <message>
        <source>Cost: &lt;b&gt;about %1&lt;/b&gt; (at most %2)</source>
        <translation>费用：&lt;b&gt;约 %1&lt;/b&gt;（最多 %2）</translation>
    </message>
    <message>
        <source>Cost: &lt;b&gt;unknown&lt;/b&gt;: the project has no prices for these models (Tools ▸ Providers…)</source>
        <translation>费用：&lt;b&gt;未知&lt;/b&gt;：项目中没有这些模型的价格（工具 ▸ 提供商…）</translation>
    </message>
    <message>
        <source>No price for %1: counted as free.</source>
        <translation>%1 没有价格：按免费计算。</translation>
    </message>
    <message>
        <source>The budget is likely to stop the run before it is complete (it can be resumed with a larger one).</source>
        <translation>预算很可能会在运行完成前使其停止（可以用更大的预算继续）。</translation>
    </message>
    <message>
        <source>Assumes %1 exchanges a conversation, questions of about %2 and answers of about %3 tokens (at most their max tokens), prompts of %4 tokens plus the history and the chunk, %5 s to the first token and %6 tokens per second per stream.</source>
        <translation>假设每个对话 %1 轮，问题约 %2 个 Token，回答约 %3 个 Token（不超过其最大 Token 数），提示词 %4 个 Token 外加历史记录和片段，首个 Token 需 %5 秒，每个数据流每秒 %6 个 Token。</translation>
    </message>
    <message>
        <source>The end marker cannot be empty.</source>
        <translation>结束标记不能为空。</translation>
    </message>
    <message>
        <source>The runs could not be read: %1</source>
        <translation>无法读取运行记录：%1</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>Evolved instructions (Evol-Instruct)</source>
        <translation>演化指令（Evol-Instruct）</translation>
    </message>
    <message>
        <source>Knowledge Q&amp;A</source>
        <translation>知识 Q&amp;A</translation>
    </message>
    <message>
        <source>Preference pairs</source>
        <translation>偏好对</translation>
    </message>
    <message>
        <source>Embedding triplets</source>
        <translation>嵌入三元组</translation>
    </message>
    <message>
        <source>Single-turn instruction and response pairs, modelled on your seed instructions; a bad instruction is dropped before it costs a response.</source>
        <translation>单轮指令与回复对，以您的种子指令为范例；不好的指令会在产生回复成本前被丢弃。</translation>
    </message>
    <message>
        <source>Instructions made harder (in depth) or new ones of the same domain (in breadth), over several generations, each answered.</source>
        <translation>将指令变得更难（深度）或生成同一领域的新指令（广度），历经多代，每代都有回答。</translation>
    </message>
    <message>
        <source>Questions and answers grounded in the chunks of your documents, each checked for faithfulness to its chunk.</source>
        <translation>基于您文档片段的问题和回答，每个都检查是否忠实于其片段。</translation>
    </message>
    <message>
        <source>Several responses to a prompt, ranked by a judge: chosen and rejected, with the judge&apos;s reasons.</source>
        <translation>针对一个提示词的多个回复，由评审排序：选中的和被拒绝的，并附评审的理由。</translation>
    </message>
    <message>
        <source>Search queries each chunk answers, with hard negatives from other chunks: anchor, positive and negative triplets.</source>
        <translation>每个片段能回答的搜索查询，以及来自其他片段的困难负例：锚点、正例和负例三元组。</translation>
    </message>
    <message>
        <source>Multi-turn conversations between a simulated user and the assistant.</source>
        <translation>模拟用户与助手之间的多轮对话。</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>指令(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Instructions to evolve:</source>
        <translation>要演化的指令(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Prompts:</source>
        <translation>提示词(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Triplets:</source>
        <translation>三元组(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Conversations:</source>
        <translation>对话(&amp;C)：</translation>
    </message>
    <message>
        <source>What to make</source>
        <translation>生成内容</translation>
    </message>
    <message>
        <source>The kind of training data a run makes (CLI: --mode)</source>
        <translation>一次运行生成的训练数据类型（CLI：--mode）</translation>
    </message>
    <message>
        <source>How many samples a new run plans</source>
        <translation>新运行计划生成的样本数</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>Choose Mode %1</source>
        <translation>选择模式 %1</translation>
    </message>
    <message>
        <source>Change Count</source>
        <translation>更改数量</translation>
    </message>
    <message>
        <source>Share of samples grounded in a chunk of a document (when there are documents)</source>
        <translation>基于文档片段的样本比例（有文档时）</translation>
    </message>
    <message>
        <source>The provider profile that plays the user and writes the questions and instructions</source>
        <translation>扮演用户并撰写问题和指令的提供商配置</translation>
    </message>
    <message>
        <source>Samples written at once; the profiles&apos; own limits apply too</source>
        <translation>同时写入的样本数；各配置自身的限制同样适用</translation>
    </message>
    <message>
        <source>The same seed and design plan the same samples</source>
        <translation>相同的随机种子和设计会规划出相同的样本</translation>
    </message>
    <message>
        <source>Grounding</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>%1: settings</source>
        <translation>%1：设置</translation>
    </message>
    <message numerus="yes">
        <source>The run makes %1 × %n generation(s) = %2 samples.</source>
        <translation>
            <numerusform>本次运行生成 %1 × %n 代 = %2 个样本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge Q&amp;A needs documents: add one under Documents to ground the questions in.</source>
        <translation>知识 Q&amp;A 需要文档：请在“文档”下添加一个，作为问题的依据。</translation>
    </message>
    <message>
        <source>Embedding triplets need documents: add one under Documents for the queries to be about.</source>
        <translation>嵌入三元组需要文档：请在“文档”下添加一个，作为查询的主题。</translation>
    </message>
    <message>
        <source>Easy negatives come from other documents: with one document there are none.</source>
        <translation>简单负例来自其他文档：只有一个文档时没有简单负例。</translation>
    </message>
    <message>
        <source>Evol needs instructions to evolve: add seed instructions below, or make instruction samples first.</source>
        <translation>Evol 需要可演化的指令：请在下方添加种子指令，或先生成指令样本。</translation>
    </message>
    <message>
        <source>Choose at least one direction to evolve in.</source>
        <translation>请至少选择一个演化方向。</translation>
    </message>
    <message>
        <source>Preference pairs need at least two responses.</source>
        <translation>偏好对至少需要两个回复。</translation>
    </message>
    <message numerus="yes">
        <source>Time: &lt;b&gt;%1&lt;/b&gt; with %n sample(s) at once</source>
        <translation>
            <numerusform>时间：&lt;b&gt;%1&lt;/b&gt;，同时处理 %n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <source>Assumes %1 samples of %2 model calls each, instructions and questions of about %3 and answers of about %4 tokens, verdicts of about %5, prompts of %6 tokens plus the chunk, %7 s to the first token and %8 tokens per second per stream.</source>
        <translation>假设 %1 个样本，每个调用模型 %2 次，指令和问题约 %3、回答约 %4 个 Token，评判约 %5，提示词 %6 个 Token 外加片段，首个 Token 需 %7 秒，每个流每秒 %8 个 Token。</translation>
    </message>
    <message>
        <source>Samp&amp;les, at most:</source>
        <translation>样本数上限(&amp;L)：</translation>
    </message>
    <message numerus="yes">
        <source>Each answer of the project&apos;s complete, not rejected conversations that has no preference pair yet is a prompt: the run makes at most %n sample(s), fewer when there are fewer such answers.</source>
        <translation>
            <numerusform>项目中已完成且未被拒绝、尚无偏好对的对话中的每个回答都是一个提示：运行最多生成 %n 个样本，若此类回答较少则更少。</numerusform>
        </translation>
    </message>
    <message>
        <source>Preference pairs from conversations need conversations to answer again: make conversation samples first (complete ones that are not rejected), or choose prompts as the source.</source>
        <translation>来自对话的偏好对需要可重新回答的对话：请先生成对话样本（已完成且未被拒绝），或选择提示作为来源。</translation>
    </message>
    <message>
        <source>Assumes %1 samples (the most the run makes) of %2 model calls each, each an assistant turn of a conversation of %3 exchanges answered again with the conversation before it, questions of about %4 and answers of about %5 tokens, verdicts of about %6, prompts of %7 tokens plus the history and the chunk, %8 s to the first token and %9 tokens per second per stream.</source>
        <translation>假设 %1 个样本（运行最多生成的数量），每个样本 %2 次模型调用，每个样本是一段 %3 轮交流的对话中的一个助手轮次，结合之前的对话重新回答；问题约 %4 个 token，回答约 %5 个 token，评判约 %6 个，提示 %7 个 token 外加历史和片段，首个 token 需 %8 秒，每个流每秒 %9 个 token。</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::RunsModel</name>
    <message>
        <source>running or interrupted</source>
        <translation>进行中或已中断</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cancelled (resumable)</source>
        <translation>已取消（可继续）</translation>
    </message>
    <message>
        <source>stopped at the budget</source>
        <translation>因达到预算而停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划数</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Why it stopped</source>
        <translation>停止原因</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::SampleDetails</name>
    <message>
        <source>a constraint added</source>
        <translation>添加了约束</translation>
    </message>
    <message>
        <source>deepened</source>
        <translation>已加深</translation>
    </message>
    <message>
        <source>made concrete</source>
        <translation>已具体化</translation>
    </message>
    <message>
        <source>more reasoning required</source>
        <translation>要求了更多推理</translation>
    </message>
    <message>
        <source>in breadth: a new instruction of the same domain</source>
        <translation>广度：同一领域的新指令</translation>
    </message>
    <message>
        <source>Rejected response</source>
        <translation>被拒绝的回复</translation>
    </message>
    <message>
        <source>Response not ranked yet</source>
        <translation>回复尚未排序</translation>
    </message>
    <message>
        <source>Hard negative</source>
        <translation>困难负例</translation>
    </message>
    <message>
        <source>Easy negative</source>
        <translation>简单负例</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Faithfulness</source>
        <translation>忠实度</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Negative check</source>
        <translation>负例检查</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>Evolved instruction</source>
        <translation>演化指令</translation>
    </message>
    <message>
        <source>Knowledge Q&amp;A</source>
        <translation>知识 Q&amp;A</translation>
    </message>
    <message>
        <source>Preference pair</source>
        <translation>偏好对</translation>
    </message>
    <message>
        <source>Embedding triplet</source>
        <translation>嵌入三元组</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>已丢弃：%1</translation>
    </message>
    <message>
        <source>Generation %1, %2.</source>
        <translation>第 %1 代，%2。</translation>
    </message>
    <message>
        <source>Evolved from:</source>
        <translation>演化自：</translation>
    </message>
    <message>
        <source>The judge found the answer faithful to its chunk.</source>
        <translation>评审认为该回答忠实于其片段。</translation>
    </message>
    <message>
        <source>The judge found the answer unfaithful to its chunk.</source>
        <translation>评审认为该回答不忠实于其片段。</translation>
    </message>
    <message>
        <source>The judge ranked the responses %1, best first.</source>
        <translation>评审将回复排序为 %1，最佳者在前。</translation>
    </message>
    <message>
        <source>Judges&apos; verdicts</source>
        <translation>评审的评判</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>消息 %1</translation>
    </message>
    <message>
        <source>the whole sample</source>
        <translation>整个样本</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>备选</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>chunk %1 of %2</source>
        <translation>%2 的片段 %1</translation>
    </message>
    <message>
        <source>a removed document</source>
        <translation>已移除的文档</translation>
    </message>
    <message>
        <source>Judge: %1</source>
        <translation>评审：%1</translation>
    </message>
    <message>
        <source>&amp;Prefer This Response</source>
        <translation>选用此回答(&amp;P)</translation>
    </message>
    <message>
        <source>Make this response the chosen answer; the current answer becomes a rejected response in its place (Ctrl+Z undoes)</source>
        <translation>将此回答设为选定答案；当前答案在其位置上成为被拒绝的回答（Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>Answers message %1 of conversation %2 again: the messages before it are copied from there, and its own answer was one of the responses.</source>
        <translation>重新回答对话 %2 的消息 %1：之前的消息从那里复制，其自身的回答是其中一个回答。</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ScenarioEditor</name>
    <message>
        <source>Q&amp;A</source>
        <translation>问答 (Q&amp;A)</translation>
    </message>
    <message>
        <source>The user asks questions and the assistant answers them clearly and directly; follow-up questions dig deeper into the answers.</source>
        <translation>用户提问，助手清晰直接地回答；追问会对回答作更深入的探讨。</translation>
    </message>
    <message>
        <source>Debate</source>
        <translation>辩论</translation>
    </message>
    <message>
        <source>The user takes a position and argues for it; the assistant challenges it with counter-arguments and evidence, and both refine their views.</source>
        <translation>用户提出一个立场并为之辩护；助手用反驳论点和证据提出质疑，双方不断完善各自的观点。</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>讲座</translation>
    </message>
    <message>
        <source>The assistant explains the topic step by step and at length, like a teacher giving a lecture; the user asks for clarification or examples now and then.</source>
        <translation>助手像老师讲课一样，一步一步详细讲解主题；用户不时请求澄清或举例。</translation>
    </message>
    <message>
        <source>Tutoring</source>
        <translation>辅导</translation>
    </message>
    <message>
        <source>The assistant guides the user to work things out themselves with hints and questions instead of giving the answers away, and checks their understanding.</source>
        <translation>助手通过提示和提问引导用户自己找出答案，而不是直接给出答案，并检查用户的理解程度。</translation>
    </message>
    <message>
        <source>All Four</source>
        <translation>全部四种</translation>
    </message>
    <message>
        <source>Add &amp;Standard</source>
        <translation>添加标准结构(&amp;S)</translation>
    </message>
    <message>
        <source>Add one of the standard structures: Q&amp;A, debate, lecture, tutoring</source>
        <translation>添加一种标准结构：问答、辩论、讲座、辅导</translation>
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
    <name>Dialogsmith::SuggestPersonasDialog</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>the answer holds no list of personas with names</source>
        <translation>回答中没有带名称的人设列表</translation>
    </message>
    <message>
        <source>Suggest Personas</source>
        <translation>建议人设</translation>
    </message>
    <message>
        <source>Let a model suggest personas for this project. You review and edit them before they are added.</source>
        <translation>让模型为此项目建议人设。添加前您可以审阅和编辑它们。</translation>
    </message>
    <message>
        <source>The model profile that writes the personas (Tools › Providers…).</source>
        <translation>用于撰写人设的模型配置（工具 › 提供商…）。</translation>
    </message>
    <message>
        <source>&amp;Model profile:</source>
        <translation>模型配置(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>数量(&amp;H)：</translation>
    </message>
    <message>
        <source>Users and assistants</source>
        <translation>用户和助手</translation>
    </message>
    <message>
        <source>Users only</source>
        <translation>仅用户</translation>
    </message>
    <message>
        <source>Assistants only</source>
        <translation>仅助手</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>角色(&amp;S)：</translation>
    </message>
    <message>
        <source>Optional, e.g. “students aged 14 to 18, some struggling”</source>
        <translation>可选，例如“14 到 18 岁的学生，部分学习有困难”</translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation>指引(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>Knowledge level</source>
        <translation>知识水平</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Speaking style</source>
        <translation>说话风格</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Uncheck what you do not want; double-click or press F2 to rewrite a field.</source>
        <translation>取消勾选不需要的项；双击或按 F2 可改写字段。</translation>
    </message>
    <message>
        <source>&amp;Add Personas</source>
        <translation>添加人设(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Persona(s)</source>
        <translation>
            <numerusform>添加 %n 个人设(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>正在询问 %1…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>没有需要审阅的内容。</translation>
    </message>
    <message>
        <source>The model&apos;s answer was not a list of personas (%1). It said: %2</source>
        <translation>模型的回答不是人设列表（%1）。它的回答是：%2</translation>
    </message>
    <message>
        <source>no JSON</source>
        <translation>没有 JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s) to review.</source>
        <translation>
            <numerusform>%n 个人设待审阅。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) skipped: a persona already has the name.</source>
        <translation>
            <numerusform>已跳过 %n 条建议：已有同名人设。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::TemplateEditor</name>
    <message>
        <source>System Prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Opening Question</source>
        <translation>开场问题</translation>
    </message>
    <message>
        <source>Follow-up Question</source>
        <translation>追问</translation>
    </message>
    <message>
        <source>Answer Turn</source>
        <translation>回答轮次</translation>
    </message>
    <message>
        <source>The assistant&apos;s system prompt: who it is, who it talks with and what grounds its answers.</source>
        <translation>助手的系统提示词：它是谁、与谁对话，以及回答的依据是什么。</translation>
    </message>
    <message>
        <source>Asks the user simulator for the message that opens a conversation.</source>
        <translation>请用户模拟器写出开启对话的消息。</translation>
    </message>
    <message>
        <source>Asks the user simulator for each follow-up message, from the conversation so far.</source>
        <translation>根据目前的对话，请用户模拟器写出每条后续消息。</translation>
    </message>
    <message>
        <source>The latest user message as the assistant model receives it.</source>
        <translation>助手模型收到的最新用户消息。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — the assistant&apos;s system prompt</source>
        <translation>&lt;b&gt;渲染结果&lt;/b&gt; — 助手的系统提示词</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — what the user simulator is asked for the opening question</source>
        <translation>&lt;b&gt;渲染结果&lt;/b&gt; — 为生成开场问题向用户模拟器发出的请求</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — what the user simulator is asked for the second question</source>
        <translation>&lt;b&gt;渲染结果&lt;/b&gt; — 为生成第二个问题向用户模拟器发出的请求</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — the question as the assistant model receives it</source>
        <translation>&lt;b&gt;渲染结果&lt;/b&gt; — 助手模型收到的问题</translation>
    </message>
    <message>
        <source>Inside {{#each}}: the item itself.</source>
        <translation>在 {{#each}} 内：当前项本身。</translation>
    </message>
    <message>
        <source>Inside {{#each}}: the item&apos;s position from 0.</source>
        <translation>在 {{#each}} 内：当前项的位置，从 0 开始。</translation>
    </message>
    <message>
        <source>Inside {{#each}}: the item&apos;s position from 1.</source>
        <translation>在 {{#each}} 内：当前项的位置，从 1 开始。</translation>
    </message>
    <message>
        <source>Inside {{#each}}: true for the first item.</source>
        <translation>在 {{#each}} 内：第一项时为 true。</translation>
    </message>
    <message>
        <source>Inside {{#each}}: true for the last item.</source>
        <translation>在 {{#each}} 内：最后一项时为 true。</translation>
    </message>
    <message>
        <source>An empty template renders nothing. Type {{ to insert a variable.</source>
        <translation>空模板不会渲染任何内容。输入 {{ 可插入变量。</translation>
    </message>
    <message>
        <source>Edit %1 Template</source>
        <translation>编辑%1模板</translation>
    </message>
    <message>
        <source>Reset to Default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Replace this template with the one Dialogsmith ships (undoable).</source>
        <translation>用 Dialogsmith 自带的模板替换此模板（可撤销）。</translation>
    </message>
    <message>
        <source>Double-click a problem to go to it.</source>
        <translation>双击某个问题即可跳转到该处。</translation>
    </message>
    <message>
        <source>&amp;New Sample</source>
        <translation>新样本(&amp;N)</translation>
    </message>
    <message>
        <source>Draw another conversation from the design: topic, personas and chunk (Ctrl+R)</source>
        <translation>从设计中抽取另一个对话：主题、人设和片段 (Ctrl+R)</translation>
    </message>
    <message>
        <source>The provider profile &quot;Try it&quot; sends the prompt to.</source>
        <translation>“试用”将提示词发送到的提供商配置。</translation>
    </message>
    <message>
        <source>&amp;Try It</source>
        <translation>试用(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>停止回复 (Esc)</translation>
    </message>
    <message>
        <source>Choose Try It to send the rendered prompt to the profile and watch the reply arrive here.</source>
        <translation>选择“试用”，将渲染后的提示词发送给该配置，并在此查看回复的到达过程。</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Reset %1 Template</source>
        <translation>重置%1模板</translation>
    </message>
    <message>
        <source>The server did not answer properly: trying again (attempt %1)…</source>
        <translation>服务器未正确响应：正在重试（第 %1 次尝试）…</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>No problems in this template.</source>
        <translation>此模板没有问题。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s)&lt;/b&gt; in this template:</source>
        <translation>
            <numerusform>此模板中有 &lt;b&gt;%n 个问题&lt;/b&gt;：</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 template cannot be rendered: %2</source>
        <translation>无法渲染 %1 模板：%2</translation>
    </message>
    <message>
        <source>Fix the problems listed under the template to see the preview.</source>
        <translation>修复模板下方列出的问题后即可查看预览。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not rendered:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;未渲染：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>… (%1 characters in all; the preview shows the first %2)</source>
        <translation>…（共 %1 个字符；预览仅显示前 %2 个）</translation>
    </message>
    <message>
        <source>The template renders nothing for this sample.</source>
        <translation>对于此样本，该模板不渲染任何内容。</translation>
    </message>
    <message>
        <source>The project has no topics yet, so an example stands in.</source>
        <translation>项目还没有主题，因此使用示例代替。</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Asks: %1 · Answers: %2</source>
        <translation>提问：%1 · 回答：%2</translation>
    </message>
    <message>
        <source>Chunk %1 of &quot;%2&quot;</source>
        <translation>“%2”的片段 %1</translation>
    </message>
    <message>
        <source>Not grounded in a chunk (see the grounding probability)</source>
        <translation>不基于任何片段（参见基于文档的概率）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;样本：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Chunk:</source>
        <translation>片段：</translation>
    </message>
    <message>
        <source>Send the rendered prompt to the profile and stream the reply below (Ctrl+Return)</source>
        <translation>将渲染后的提示词发送给该配置，并在下方流式显示回复 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Add a provider profile (Tools ▸ Providers…) to try templates with a model.</source>
        <translation>添加提供商配置（工具 ▸ 提供商…）后即可用模型试用模板。</translation>
    </message>
    <message>
        <source>No provider profile yet: add one in Tools ▸ Providers…</source>
        <translation>还没有提供商配置：请在 工具 ▸ 提供商… 中添加</translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation>正在等待 %1…</translation>
    </message>
    <message>
        <source>Receiving from %1…</source>
        <translation>正在从 %1 接收…</translation>
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation>用时 %1 秒完成</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not rendered:&lt;/b&gt; %1 Showing the last rendering.</source>
        <translation>&lt;b&gt;未渲染：&lt;/b&gt;%1 正在显示上一次的渲染结果。</translation>
    </message>
    <message>
        <source>Done in %1 s · %2 tokens in, %3 out</source>
        <translation>用时 %1 秒 · 输入 %2 个 Token，输出 %3 个</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Instruction &amp;&amp; Evol</source>
        <translation>指令 &amp;&amp; Evol</translation>
    </message>
    <message>
        <source>Knowledge Q&amp;&amp;A</source>
        <translation>知识 Q&amp;&amp;A</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>The templates of a conversation. The system prompt and the answer turn also write the answers of the instruction, evol, knowledge Q&amp;A and preference modes.</source>
        <translation>对话的模板。系统提示词和回答轮次也用于撰写指令、evol、知识 Q&amp;A 和偏好模式的回答。</translation>
    </message>
    <message>
        <source>Instruction mode writes new instructions from seed examples; evol rewrites them. Their answers use the conversation&apos;s system prompt and answer turn.</source>
        <translation>指令模式根据种子示例撰写新指令；evol 对其进行改写。它们的回答使用对话的系统提示词和回答轮次。</translation>
    </message>
    <message>
        <source>Questions a chunk answers, and the judge&apos;s check that an answer keeps to its chunk.</source>
        <translation>片段能回答的问题，以及评审对回答是否忠于其片段的检查。</translation>
    </message>
    <message>
        <source>The judge that ranks the responses to a prompt. The prompts come from the instruction template, the responses from the answer turn.</source>
        <translation>对提示词的回复进行排序的评审。提示词来自指令模板，回复来自回答轮次。</translation>
    </message>
    <message>
        <source>Search queries a chunk answers, and the judge&apos;s check that a hard negative does not answer its query.</source>
        <translation>片段能回答的搜索查询，以及评审对困难负例不回答其查询的检查。</translation>
    </message>
    <message>
        <source>New Instruction</source>
        <translation>新指令</translation>
    </message>
    <message>
        <source>Evolved Instruction</source>
        <translation>演化指令</translation>
    </message>
    <message>
        <source>Question from a Chunk</source>
        <translation>来自片段的问题</translation>
    </message>
    <message>
        <source>Faithfulness Check</source>
        <translation>忠实度检查</translation>
    </message>
    <message>
        <source>Ranking Judge</source>
        <translation>排序评审</translation>
    </message>
    <message>
        <source>Search Queries</source>
        <translation>搜索查询</translation>
    </message>
    <message>
        <source>Negative Check</source>
        <translation>负例检查</translation>
    </message>
    <message>
        <source>Rubric Judge</source>
        <translation>评分标准评审</translation>
    </message>
    <message>
        <source>Asks for a new instruction modelled on some of the seed instructions (instruction and preference modes).</source>
        <translation>请求一条以部分种子指令为范例的新指令（指令和偏好模式）。</translation>
    </message>
    <message>
        <source>Asks for an instruction evolved in the direction drawn (evol mode).</source>
        <translation>请求一条沿抽取的方向演化的指令（evol 模式）。</translation>
    </message>
    <message>
        <source>Asks for a question the chunk answers (knowledge Q&amp;A mode).</source>
        <translation>请求一个片段能回答的问题（知识 Q&amp;A 模式）。</translation>
    </message>
    <message>
        <source>Asks a judge whether an answer keeps to its chunk (knowledge Q&amp;A mode).</source>
        <translation>询问评审某个回答是否忠于其片段（知识 Q&amp;A 模式）。</translation>
    </message>
    <message>
        <source>Asks a judge to rank the responses to a prompt (preference mode).</source>
        <translation>请评审对提示词的回复进行排序（偏好模式）。</translation>
    </message>
    <message>
        <source>Asks for search queries the chunk answers (embedding mode).</source>
        <translation>请求片段能回答的搜索查询（嵌入模式）。</translation>
    </message>
    <message>
        <source>Asks a judge whether a chunk answers a query, to confirm a hard negative (embedding mode).</source>
        <translation>询问评审某个片段是否回答了查询，以确认困难负例（嵌入模式）。</translation>
    </message>
    <message>
        <source>Asks a judge to score a sample on the rubric in use.</source>
        <translation>请评审按所用评分标准为样本打分。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — the request for a new instruction</source>
        <translation>&lt;b&gt;渲染结果&lt;/b&gt; — 请求新指令</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — the request to evolve the first instruction</source>
        <translation>&lt;b&gt;渲染结果&lt;/b&gt; — 请求演化第一条指令</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — the request for a question about the chunk</source>
        <translation>&lt;b&gt;渲染结果&lt;/b&gt; — 请求关于该片段的问题</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — what the judge is asked about the sample answer</source>
        <translation>&lt;b&gt;渲染结果&lt;/b&gt; — 就示例回答向评审提出的问题</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — what the judge is asked to rank</source>
        <translation>&lt;b&gt;渲染结果&lt;/b&gt; — 要求评审排序的内容</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — the request for search queries about the chunk</source>
        <translation>&lt;b&gt;渲染结果&lt;/b&gt; — 请求关于该片段的搜索查询</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — what the judge is asked about a chunk and a query</source>
        <translation>&lt;b&gt;渲染结果&lt;/b&gt; — 就片段和查询向评审提出的问题</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rendered&lt;/b&gt; — what the judge is asked to score</source>
        <translation>&lt;b&gt;渲染结果&lt;/b&gt; — 要求评审打分的内容</translation>
    </message>
    <message>
        <source>Inside {{#each %1}}: %2</source>
        <translation>在 {{#each %1}} 内：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;The template is empty:&lt;/b&gt; a run of a mode that uses it cannot start. Reset it to the default or write a prompt.</source>
        <translation>&lt;b&gt;模板为空：&lt;/b&gt;使用它的模式无法开始运行。请将其重置为默认值或撰写一个提示词。</translation>
    </message>
    <message>
        <source>The judge that scores samples on the rubric in use (Run ▸ Judge Samples…).</source>
        <translation>按当前评分标准为样本评分的评审（运行 ▸ 评审样本…）。</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::TopicEditor</name>
    <message>
        <source>Drag a topic to move it, or drop it on another to make it a subtopic.</source>
        <translation>拖动主题可移动它，拖放到另一个主题上可使其成为子主题。</translation>
    </message>
    <message>
        <source>No topics yet.

Add one with Add Topic (Insert), or let a model suggest some with Expand with Model (Ctrl+E).</source>
        <translation>还没有主题。

使用“添加主题”（Insert）添加一个，或使用“用模型扩展”（Ctrl+E）让模型建议一些。</translation>
    </message>
    <message>
        <source>What conversations under this topic are about</source>
        <translation>此主题下的对话讨论什么</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>How often this topic is drawn compared with its siblings: a topic of weight 2 is drawn twice as often as one of weight 1; 0 never.</source>
        <translation>此主题相对于同级主题被抽中的频率：权重为 2 的主题被抽中的次数是权重为 1 的两倍；0 则从不抽中。</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
    <message>
        <source>The share of all conversations drawn under this topic: the weight shares multiplied down the path.</source>
        <translation>在此主题下抽取的对话占全部对话的比例：沿路径逐级相乘的权重占比。</translation>
    </message>
    <message>
        <source>Share:</source>
        <translation>占比：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Optional: what the topic covers, for the prompts ({{topic_description}}) and for the model when it suggests subtopics.</source>
        <translation>可选：主题涵盖的内容，用于提示词（{{topic_description}}）以及模型建议子主题时参考。</translation>
    </message>
    <message>
        <source>Select a topic to edit its description and weight.</source>
        <translation>选择一个主题以编辑其描述和权重。</translation>
    </message>
    <message>
        <source>&amp;Add Topic</source>
        <translation>添加主题(&amp;A)</translation>
    </message>
    <message>
        <source>Add a topic after the selected one</source>
        <translation>在所选主题之后添加主题</translation>
    </message>
    <message>
        <source>Add &amp;Subtopic</source>
        <translation>添加子主题(&amp;S)</translation>
    </message>
    <message>
        <source>Add a subtopic to the selected topic</source>
        <translation>为所选主题添加子主题</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Rename the selected topic</source>
        <translation>重命名所选主题</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected topic and its subtopics</source>
        <translation>删除所选主题及其子主题</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move the selected topic up among its siblings</source>
        <translation>在同级主题中上移所选主题</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;O)</translation>
    </message>
    <message>
        <source>Move the selected topic down among its siblings</source>
        <translation>在同级主题中下移所选主题</translation>
    </message>
    <message>
        <source>&amp;Expand with Model…</source>
        <translation>用模型扩展(&amp;E)…</translation>
    </message>
    <message>
        <source>Let a model suggest subtopics of the selected topic (or top-level topics), for review before they are added</source>
        <translation>让模型为所选主题建议子主题（或建议顶层主题），添加前先供您审阅</translation>
    </message>
    <message>
        <source>Rename the selected topic (F2)</source>
        <translation>重命名所选主题 (F2)</translation>
    </message>
    <message>
        <source>Rename Topic</source>
        <translation>重命名主题</translation>
    </message>
    <message>
        <source>Change Topic Weight</source>
        <translation>更改主题权重</translation>
    </message>
    <message>
        <source>Edit Topic Description</source>
        <translation>编辑主题描述</translation>
    </message>
    <message>
        <source>&amp;Suggest Topics with Model…</source>
        <translation>用模型建议主题(&amp;G)…</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%1 %, spread over %n subtopic(s)</source>
        <translation>
            <numerusform>%1%，分布在 %n 个子主题中</numerusform>
        </translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>新主题</translation>
    </message>
    <message>
        <source>Add Topic</source>
        <translation>添加主题</translation>
    </message>
    <message>
        <source>Add Subtopic</source>
        <translation>添加子主题</translation>
    </message>
    <message>
        <source>Delete Topic “%1”</source>
        <translation>删除主题“%1”</translation>
    </message>
    <message>
        <source>Delete Topic “%1” and Its Subtopics</source>
        <translation>删除主题“%1”及其子主题</translation>
    </message>
    <message>
        <source>Move Topic Up</source>
        <translation>上移主题</translation>
    </message>
    <message>
        <source>Move Topic Down</source>
        <translation>下移主题</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Suggested Topic(s)</source>
        <translation>
            <numerusform>添加 %n 个建议的主题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogsmith::TopicTreeModel</name>
    <message>
        <source>How often this topic is drawn compared with its siblings. Double-click to change it.</source>
        <translation>此主题相对于同级主题被抽中的频率。双击可更改。</translation>
    </message>
    <message>
        <source>The share of all conversations that will be about this topic.</source>
        <translation>将围绕此主题展开的对话占全部对话的比例。</translation>
    </message>
    <message>
        <source>The share of all conversations that will be about this topic or one of its subtopics.</source>
        <translation>将围绕此主题或其某个子主题展开的对话占全部对话的比例。</translation>
    </message>
    <message>
        <source>Rename Topic</source>
        <translation>重命名主题</translation>
    </message>
    <message>
        <source>Change Topic Weight</source>
        <translation>更改主题权重</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>What conversations are about. Generation draws a topic, then one of its subtopics, down to a leaf.</source>
        <translation>对话讨论的内容。生成时先抽取一个主题，再抽取其某个子主题，直到叶节点。</translation>
    </message>
    <message>
        <source>How often a topic is drawn compared with its siblings.</source>
        <translation>主题相对于同级主题被抽中的频率。</translation>
    </message>
    <message>
        <source>The share of all conversations each topic gets: the weight shares multiplied down the path.</source>
        <translation>每个主题获得的对话占全部对话的比例：沿路径逐级相乘的权重占比。</translation>
    </message>
    <message>
        <source>Move Topic</source>
        <translation>移动主题</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::TurnBubble</name>
    <message>
        <source>%1 (writing…)</source>
        <translation>%1（正在撰写…）</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>A person changed this message; the generated text is kept. Hover the message to see it.</source>
        <translation>有人修改了这条消息；原先生成的文本已保留。将鼠标悬停在消息上即可查看。</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit this message in place (double-click the text, too)</source>
        <translation>直接在此编辑这条消息（也可以双击文本）</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Regenerate from here: drop this message and the ones after it, and let the models continue the conversation</source>
        <translation>从这里重新生成：丢弃这条消息及其后的消息，让模型继续对话</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>Branch from here: keep this conversation and make an alternative that continues differently from this message on</source>
        <translation>从这里创建分支：保留此对话，并创建一个从这条消息起以不同方式继续的备选对话</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete this message</source>
        <translation>删除这条消息</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Keep the message as it was (Esc)</source>
        <translation>保持消息原样 (Esc)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Keep the changed text (Ctrl+Enter); Edit ▸ Undo takes it back</source>
        <translation>保留修改后的文本 (Ctrl+Enter)；编辑 ▸ 撤销 可撤回</translation>
    </message>
    <message>
        <source>The document chunk this message drew on: click to see it in the review panel with the passages it shares marked</source>
        <translation>此消息所依据的文档片段：点击即可在审阅面板中查看，其中相同的段落已标出</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::TurnList</name>
    <message>
        <source>Model: %1 (profile %2)</source>
        <translation>模型：%1（配置 %2）</translation>
    </message>
    <message>
        <source>Tokens: %1 in, %2 out</source>
        <translation>Token：输入 %1，输出 %2</translation>
    </message>
    <message>
        <source>Latency: %1 s</source>
        <translation>延迟：%1 秒</translation>
    </message>
    <message>
        <source>Cost: $%1</source>
        <translation>费用：$%1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>完成时间：%1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>尝试次数：%1</translation>
    </message>
    <message>
        <source>Grounded in: %1, chunk %2</source>
        <translation>依据：%1，片段 %2</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>文档 %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>撰写时间：%1</translation>
    </message>
    <message>
        <source>Edited. The generated text was:</source>
        <translation>已编辑。原先生成的文本为：</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>This conversation is not in the project (any more).</source>
        <translation>此对话不在（或已不在）项目中。</translation>
    </message>
    <message>
        <source>No messages yet: the conversation is waiting to be generated.</source>
        <translation>暂无消息：此对话正在等待生成。</translation>
    </message>
    <message>
        <source>This conversation has no messages.</source>
        <translation>此对话没有消息。</translation>
    </message>
    <message>
        <source>§%1 · %2</source>
        <translation>§%1 · %2</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::WeightedListModel</name>
    <message>
        <source>The share of all conversations drawn with this one.</source>
        <translation>抽取到此项的对话占全部对话的比例。</translation>
    </message>
    <message>
        <source>Rename Structure</source>
        <translation>重命名结构</translation>
    </message>
    <message>
        <source>Edit Scenario</source>
        <translation>编辑场景</translation>
    </message>
    <message>
        <source>Edit Structure Description</source>
        <translation>编辑结构描述</translation>
    </message>
    <message>
        <source>Change Scenario Weight</source>
        <translation>更改场景权重</translation>
    </message>
    <message>
        <source>Change Structure Weight</source>
        <translation>更改结构权重</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::WeightedListPane</name>
    <message>
        <source>&lt;b&gt;Scenarios&lt;/b&gt;: the situations conversations happen in. Each conversation draws one ({{scenario}} in the templates).</source>
        <translation>&lt;b&gt;场景&lt;/b&gt;：对话发生的情境。每个对话抽取一个（模板中的 {{scenario}}）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conversation structures&lt;/b&gt;: what kind of conversation it is and how it goes. Each conversation draws one ({{structure}}, {{structure_description}}).</source>
        <translation>&lt;b&gt;对话结构&lt;/b&gt;：对话的类型及其进行方式。每个对话抽取一个（{{structure}}、{{structure_description}}）。</translation>
    </message>
    <message>
        <source>No scenarios: conversations happen in no particular situation. Add one with Add Scenario (Insert).</source>
        <translation>没有场景：对话不发生在任何特定情境中。使用“添加场景”（Insert）添加一个。</translation>
    </message>
    <message>
        <source>No structures: conversations are free-form. Add one, or the standard ones with Add Standard.</source>
        <translation>没有结构：对话形式自由。添加一个，或使用“添加标准结构”添加标准结构。</translation>
    </message>
    <message>
        <source>Scenario &amp;text:</source>
        <translation>场景文本(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>e.g. “The night before an exam, the student is revising alone and is stuck.”</source>
        <translation>例如“考试前一晚，学生独自复习，遇到了难题。”</translation>
    </message>
    <message>
        <source>How this kind of conversation goes, for the prompts, e.g. “The user takes a position; the assistant challenges it.”</source>
        <translation>这类对话如何进行，用于提示词，例如“用户提出一个立场；助手对其提出质疑。”</translation>
    </message>
    <message>
        <source>&amp;Add Scenario</source>
        <translation>添加场景(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add Structure</source>
        <translation>添加结构(&amp;A)</translation>
    </message>
    <message>
        <source>Add a scenario</source>
        <translation>添加场景</translation>
    </message>
    <message>
        <source>Add a structure</source>
        <translation>添加结构</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected scenario</source>
        <translation>删除所选场景</translation>
    </message>
    <message>
        <source>Delete the selected structure</source>
        <translation>删除所选结构</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move the selected one up</source>
        <translation>上移所选项</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;O)</translation>
    </message>
    <message>
        <source>Move the selected one down</source>
        <translation>下移所选项</translation>
    </message>
    <message>
        <source>Edit Scenario</source>
        <translation>编辑场景</translation>
    </message>
    <message>
        <source>Edit Structure Description</source>
        <translation>编辑结构描述</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>新场景</translation>
    </message>
    <message>
        <source>Add Scenario</source>
        <translation>添加场景</translation>
    </message>
    <message>
        <source>New structure</source>
        <translation>新结构</translation>
    </message>
    <message>
        <source>Add Structure</source>
        <translation>添加结构</translation>
    </message>
    <message>
        <source>Add Structure “%1”</source>
        <translation>添加结构“%1”</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>删除场景</translation>
    </message>
    <message>
        <source>Delete Structure “%1”</source>
        <translation>删除结构“%1”</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>New structure %1</source>
        <translation>新结构 %1</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>%1 is not a text document (it looks binary).</source>
        <translation>%1 不是文本文档（看起来是二进制文件）。</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text: the byte at offset %2 (line %3) is not part of a UTF-8 character. Save it as UTF-8 and add it again.</source>
        <translation>%1 不是有效的 UTF-8 文本：偏移量 %2（第 %3 行）处的字节不属于任何 UTF-8 字符。请将其另存为 UTF-8 后重新添加。</translation>
    </message>
    <message>
        <source>%1 starts with a Unicode byte order mark but the text after it is not valid in that encoding.</source>
        <translation>%1 以 Unicode 字节顺序标记开头，但其后的文本在该编码下无效。</translation>
    </message>
    <message>
        <source>%1 declares an encoding Dialogsmith does not know; it was read as UTF-8.</source>
        <translation>%1 声明了 Dialogsmith 无法识别的编码；已按 UTF-8 读取。</translation>
    </message>
    <message>
        <source>%1 has bytes that are not valid in its encoding; they were replaced by �.</source>
        <translation>%1 含有在其编码下无效的字节；这些字节已替换为 �。</translation>
    </message>
    <message>
        <source>%1 nests its elements more than %2 levels deep, deeper than any real page; Dialogsmith does not read it.</source>
        <translation>%1 的元素嵌套超过 %2 层，比任何真实网页都深；Dialogsmith 不读取此文件。</translation>
    </message>
    <message>
        <source>%1 is not a PDF file: it is an HTML page.</source>
        <translation>%1 不是 PDF 文件，而是 HTML 网页。</translation>
    </message>
    <message>
        <source>%1 is not a PDF file (it does not start with %PDF-).</source>
        <translation>%1 不是 PDF 文件（它不以 %PDF- 开头）。</translation>
    </message>
    <message>
        <source>%1 is encrypted; Dialogsmith cannot read it without its password.</source>
        <translation>%1 已加密；没有密码，Dialogsmith 无法读取。</translation>
    </message>
    <message>
        <source>%1 is incomplete (the file ends before the end of the PDF) and no text could be read from it.</source>
        <translation>%1 不完整（文件在 PDF 结束之前就已结束），且无法从中读取任何文本。</translation>
    </message>
    <message>
        <source>%1 has no text layer (a scanned PDF needs OCR first).</source>
        <translation>%1 没有文本层（扫描的 PDF 需要先进行 OCR）。</translation>
    </message>
    <message>
        <source>%1 is a damaged PDF that cannot be read: %2</source>
        <translation>%1 是已损坏的 PDF，无法读取：%2</translation>
    </message>
    <message>
        <source>%1 is a damaged PDF that cannot be read.</source>
        <translation>%1 是已损坏的 PDF，无法读取。</translation>
    </message>
    <message>
        <source>%1 is incomplete (the file ends before the end of the PDF): pages may be missing.</source>
        <translation>%1 不完整（文件在 PDF 结束之前就已结束）：可能缺少部分页面。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 pages have no text (scanned pages need OCR first).</source>
        <translation>%1：%3 页中有 %2 页没有文本（扫描页需要先进行 OCR）。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>%1 has no text, only markup.</source>
        <translation>%1 没有文本，只有标记。</translation>
    </message>
    <message>
        <source>%1 has no text (only white space).</source>
        <translation>%1 没有文本（只有空白）。</translation>
    </message>
    <message>
        <source>%1 has more text than a project document may hold (%2 million characters).</source>
        <translation>%1 的文本超过了项目文档可容纳的上限（%2 百万个字符）。</translation>
    </message>
    <message>
        <source>The pasted document</source>
        <translation>粘贴的文档</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 大于 %2 MiB。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>Documents (%1);;All files (*)</source>
        <translation>文档 (%1);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>EmbeddingRecipe</name>
    <message>
        <source>Embedding triplets need documents: add a document whose chunks the queries are about.</source>
        <translation>嵌入三元组需要文档：请添加一个文档，其片段作为查询的主题。</translation>
    </message>
</context>
<context>
    <name>EvolRecipe</name>
    <message>
        <source>Cannot read the project&apos;s instructions: %1</source>
        <translation>无法读取项目的指令：%1</translation>
    </message>
    <message>
        <source>Evol needs instructions to evolve: add seed instructions in the run settings, or make instruction samples first.</source>
        <translation>Evol 需要可演化的指令：请在运行设置中添加种子指令，或先生成指令样本。</translation>
    </message>
    <message>
        <source>it is a refusal or boilerplate (&quot;%1&quot;).</source>
        <translation>它是拒答或套话（“%1”）。</translation>
    </message>
    <message>
        <source>it copies its parent.</source>
        <translation>它照抄了其父指令。</translation>
    </message>
    <message>
        <source>it copies the words of the prompt that asked for it (&quot;%1&quot;).</source>
        <translation>它照抄了请求它的提示词中的词语（“%1”）。</translation>
    </message>
    <message>
        <source>it is shorter than its parent (%1 characters, its parent %2).</source>
        <translation>它比其父指令短（%1 个字符，父指令 %2 个）。</translation>
    </message>
    <message>
        <source>The evolution was dropped: its answer is a refusal (&quot;%1&quot;).</source>
        <translation>演化已丢弃：其回答是拒答（“%1”）。</translation>
    </message>
    <message>
        <source>The evolution was dropped: %1</source>
        <translation>演化已丢弃：%1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>OpenAI messages</source>
        <translation>OpenAI 消息格式</translation>
    </message>
    <message>
        <source>ShareGPT</source>
        <translation>ShareGPT</translation>
    </message>
    <message>
        <source>Alpaca</source>
        <translation>Alpaca</translation>
    </message>
    <message>
        <source>DPO (conversational)</source>
        <translation>DPO（对话式）</translation>
    </message>
    <message>
        <source>DPO (plain text)</source>
        <translation>DPO（纯文本）</translation>
    </message>
    <message>
        <source>Triplets (sentence-transformers)</source>
        <translation>三元组（sentence-transformers）</translation>
    </message>
    <message>
        <source>Turns (Kolosal Plane)</source>
        <translation>轮次（Kolosal Plane）</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>One sample per line as {&quot;messages&quot;: [{&quot;role&quot;, &quot;content&quot;}, …]}: OpenAI fine-tuning, TRL&apos;s SFTTrainer, Axolotl&apos;s chat_template, LLaMA-Factory.</source>
        <translation>每行一个样本，格式为 {&quot;messages&quot;: [{&quot;role&quot;, &quot;content&quot;}, …]}：适用于 OpenAI 微调、TRL 的 SFTTrainer、Axolotl 的 chat_template、LLaMA-Factory。</translation>
    </message>
    <message>
        <source>One sample per line as {&quot;conversations&quot;: [{&quot;from&quot;, &quot;value&quot;}, …]}: LLaMA-Factory&apos;s and Axolotl&apos;s ShareGPT format.</source>
        <translation>每行一个样本，格式为 {&quot;conversations&quot;: [{&quot;from&quot;, &quot;value&quot;}, …]}：LLaMA-Factory 和 Axolotl 的 ShareGPT 格式。</translation>
    </message>
    <message>
        <source>One sample per line as instruction, input, output, system and history (the earlier exchanges): LLaMA-Factory&apos;s Alpaca format.</source>
        <translation>每行一个样本，包含 instruction、input、output、system 和 history（之前的问答轮次）：LLaMA-Factory 的 Alpaca 格式。</translation>
    </message>
    <message>
        <source>Preference pairs for TRL&apos;s DPOTrainer: prompt, chosen and rejected as message lists, one line per rejected response.</source>
        <translation>用于 TRL 的 DPOTrainer 的偏好对：prompt、chosen 和 rejected 均为消息列表，每个被拒绝的回复一行。</translation>
    </message>
    <message>
        <source>Preference pairs for TRL&apos;s DPOTrainer as plain text: prompt, chosen and rejected strings, one line per rejected response.</source>
        <translation>用于 TRL 的 DPOTrainer 的纯文本偏好对：prompt、chosen 和 rejected 均为字符串，每个被拒绝的回复一行。</translation>
    </message>
    <message>
        <source>Embedding triplets for sentence-transformers: anchor, positive and negative, one line per negative, hard negatives first.</source>
        <translation>用于 sentence-transformers 的嵌入三元组：anchor、positive 和 negative，每个负例一行，困难负例在前。</translation>
    </message>
    <message>
        <source>One line per answer with the conversation before it (chat_history), the answer (llm_response) and its grounding document, as Kolosal Plane writes them.</source>
        <translation>每个回答一行，包含其之前的对话（chat_history）、回答（llm_response）及其依据文档，与 Kolosal Plane 的写法相同。</translation>
    </message>
    <message>
        <source>One row per sample with its topic, personas and each exchange in a user and an assistant column, for spreadsheets.</source>
        <translation>每个样本一行，包含其主题、人设，并将每轮问答分别放在用户列和助手列中，适用于电子表格。</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Cannot read the samples: %1</source>
        <translation>无法读取样本：%1</translation>
    </message>
    <message>
        <source>%1 samples (the %2 format does not take them)</source>
        <translation>%1 样本（%2 格式不支持此类样本）</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a file, and an export with a split or a dataset card is a folder.</source>
        <translation>无法写入 %1：它是一个文件，而带有拆分或数据集卡片的导出是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder cannot be made.</source>
        <translation>无法写入 %1：无法创建该文件夹。</translation>
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
    <name>FilterChecker</name>
    <message>
        <source>Cannot check the samples against the filters: %1</source>
        <translation>无法按筛选条件检查样本：%1</translation>
    </message>
</context>
<context>
    <name>FountainImport</name>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 大于 %2 MiB。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: a setup.yaml holds a mapping (initial_prompt, user_role, …).</source>
        <translation>%1：setup.yaml 应包含一个映射（initial_prompt、user_role、…）。</translation>
    </message>
    <message>
        <source>placeholder %1</source>
        <translation>占位符 %1</translation>
    </message>
    <message>
        <source>%1, line %2: the evolving direction (%3) has no template variable in a conversation&apos;s templates; it was left out (a comment marks the place). The directions became Evol-Instruct directions.</source>
        <translation>%1，第 %2 行：演化方向（%3）在对话的模板中没有对应的模板变量；已将其省略（由一条注释标记该位置）。这些方向已转为 Evol-Instruct 方向。</translation>
    </message>
    <message>
        <source>%1, line %2: the placeholder (%3) has no template variable; it was left out (a comment marks the place).</source>
        <translation>%1，第 %2 行：占位符（%3）没有对应的模板变量；已将其省略（由一条注释标记该位置）。</translation>
    </message>
    <message>
        <source>%1 has no setup.yaml: it is not an Auto Data Fountain folder.</source>
        <translation>%1 中没有 setup.yaml：它不是 Auto Data Fountain 文件夹。</translation>
    </message>
    <message>
        <source>%1 has no diagram.mermaid: no scenario was added.</source>
        <translation>%1 中没有 diagram.mermaid：未添加场景。</translation>
    </message>
    <message>
        <source>The user&apos;s role in the Auto Data Fountain set-up.</source>
        <translation>Auto Data Fountain 设置中的用户角色。</translation>
    </message>
    <message>
        <source>The assistant&apos;s role in the Auto Data Fountain set-up.</source>
        <translation>Auto Data Fountain 设置中的助手角色。</translation>
    </message>
    <message>
        <source>%1: output_format was left out: Dialogsmith asks for one message at a time, not whole conversations as JSON. Read the starter and user turn templates through: they now ask the user simulator for its next message.</source>
        <translation>%1：已省略 output_format：Dialogsmith 每次只请求一条消息，而不是以 JSON 形式请求整段对话。请通读开场模板和用户轮次模板：它们现在会向用户模拟器请求其下一条消息。</translation>
    </message>
    <message>
        <source>%1: the evolving direction &quot;%2&quot; matches no Evol-Instruct direction; it was left out.</source>
        <translation>%1：演化方向“%2”与任何 Evol-Instruct 方向都不匹配；已将其省略。</translation>
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
    <name>InstructionRecipe</name>
    <message>
        <source>It is a refusal or boilerplate (&quot;%1&quot;).</source>
        <translation>它是拒答或套话（“%1”）。</translation>
    </message>
    <message numerus="yes">
        <source>It is shorter than %n word(s).</source>
        <translation>
            <numerusform>它短于 %n 个词。</numerusform>
        </translation>
    </message>
    <message>
        <source>It copies the instruction it was made from: &quot;%1&quot;.</source>
        <translation>它照抄了生成它的指令：“%1”。</translation>
    </message>
    <message>
        <source>The instruction was dropped: %1</source>
        <translation>指令已丢弃：%1</translation>
    </message>
</context>
<context>
    <name>JudgeRecipe</name>
    <message>
        <source>There is no rubric &quot;%1&quot; to judge with.</source>
        <translation>没有用于评审的评分标准“%1”。</translation>
    </message>
    <message>
        <source>It has no message to judge.</source>
        <translation>它没有可评审的消息。</translation>
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
    <name>KnowledgeRecipe</name>
    <message>
        <source>Knowledge Q&amp;A needs documents: add a document to ground the questions in.</source>
        <translation>知识 Q&amp;A 需要文档：请添加一个文档作为问题的依据。</translation>
    </message>
    <message>
        <source>The answer was dropped: the judge found it unfaithful to its chunk.</source>
        <translation>回答已丢弃：评审认为它不忠实于其片段。</translation>
    </message>
    <message>
        <source>The answer was dropped: the judge found it unfaithful to its chunk (%1)</source>
        <translation>回答已丢弃：评审认为它不忠实于其片段（%1）</translation>
    </message>
</context>
<context>
    <name>MermaidReader</name>
    <message>
        <source>exactly one</source>
        <translation>恰好一个</translation>
    </message>
    <message>
        <source>zero or one</source>
        <translation>零个或一个</translation>
    </message>
    <message>
        <source>one or more</source>
        <translation>一个或多个</translation>
    </message>
    <message>
        <source>zero or more</source>
        <translation>零个或多个</translation>
    </message>
    <message>
        <source>line %1: not a node or link: %2</source>
        <translation>第 %1 行：不是节点或连线：%2</translation>
    </message>
    <message>
        <source>line %1: could not read &quot;%2&quot;</source>
        <translation>第 %1 行：无法读取“%2”</translation>
    </message>
    <message>
        <source>line %1: the diagram is too long; the rest was not read.</source>
        <translation>第 %1 行：图表过长；其余部分未读取。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 对 %2</translation>
    </message>
    <message>
        <source>the entity %1 is not closed by &apos;}&apos;.</source>
        <translation>实体 %1 未以 &apos;}&apos; 闭合。</translation>
    </message>
    <message>
        <source>Entities:</source>
        <translation>实体：</translation>
    </message>
    <message>
        <source>is linked to</source>
        <translation>关联到</translation>
    </message>
    <message>
        <source>Relationships:</source>
        <translation>关系：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
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
    <name>PreferenceRecipe</name>
    <message>
        <source>The preference responses name the profile &quot;%1&quot;, which the project does not have.</source>
        <translation>偏好回复指定了配置“%1”，但项目中没有该配置。</translation>
    </message>
    <message>
        <source>The prompt was dropped: %1</source>
        <translation>提示词已丢弃：%1</translation>
    </message>
    <message numerus="yes">
        <source>The pair was dropped: all %n response(s) say the same.</source>
        <translation>
            <numerusform>该对已丢弃：所有 %n 个回复内容相同。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read conversation %1: %2</source>
        <translation>无法读取对话 %1：%2</translation>
    </message>
    <message>
        <source>Conversation %1 no longer has an answer at message %2 to answer again.</source>
        <translation>对话 %1 在消息 %2 处已没有可重新回答的回答。</translation>
    </message>
    <message>
        <source>Cannot read the project&apos;s preference pairs: %1</source>
        <translation>无法读取项目的偏好对：%1</translation>
    </message>
    <message>
        <source>Cannot read the project&apos;s conversations: %1</source>
        <translation>无法读取项目的对话：%1</translation>
    </message>
    <message>
        <source>Preference pairs from conversations need conversations to answer again: make conversation samples first (complete ones that are not rejected).</source>
        <translation>来自对话的偏好对需要可重新回答的对话：请先生成对话样本（已完成且未被拒绝）。</translation>
    </message>
    <message>
        <source>Every answer of the project&apos;s conversations already has its preference pair: make more conversations first, or choose prompts as the source.</source>
        <translation>项目对话中的每个回答都已有偏好对：请先生成更多对话，或选择提示作为来源。</translation>
    </message>
    <message>
        <source>Sample %1 has no conversation to answer again.</source>
        <translation>样本 %1 没有可重新回答的对话。</translation>
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
    <message>
        <source>%1 is not a mode; the modes are %2.</source>
        <translation>%1 不是模式；可用模式为 %2。</translation>
    </message>
    <message>
        <source>%1 is not a direction; the directions are %2.</source>
        <translation>%1 不是方向；可用方向为 %2。</translation>
    </message>
    <message>
        <source>a rubric, an object {&quot;name&quot;: …}</source>
        <translation>评分标准，一个对象 {&quot;name&quot;: …}</translation>
    </message>
    <message>
        <source>a seed instruction is empty.</source>
        <translation>有一条种子指令为空。</translation>
    </message>
    <message>
        <source>choose at least one direction to evolve in.</source>
        <translation>请至少选择一个演化方向。</translation>
    </message>
    <message>
        <source>give at least one temperature for the responses.</source>
        <translation>请至少为回复指定一个温度。</translation>
    </message>
    <message>
        <source>%1 is not less than max_characters (%2).</source>
        <translation>%1 不小于 max_characters（%2）。</translation>
    </message>
    <message>
        <source>a rubric needs a name.</source>
        <translation>评分标准需要名称。</translation>
    </message>
    <message>
        <source>%1 is also the name of rubrics[%2]: every rubric needs a name of its own.</source>
        <translation>%1 也是 rubrics[%2] 的名称：每个评分标准都需要独有的名称。</translation>
    </message>
    <message>
        <source>%1 is not more than min (%2).</source>
        <translation>%1 不大于 min（%2）。</translation>
    </message>
    <message>
        <source>a rubric needs its criteria.</source>
        <translation>评分标准需要其标准。</translation>
    </message>
    <message>
        <source>there is no rubric to judge with: add one to judge.rubrics.</source>
        <translation>没有用于评审的评分标准：请在 judge.rubrics 中添加一个。</translation>
    </message>
    <message>
        <source>%1 is none of the rubrics (%2).</source>
        <translation>%1 不是任何评分标准（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a source of prompts; it is &quot;prompts&quot; or &quot;conversations&quot;.</source>
        <translation>%1 不是提示来源；应为 &quot;prompts&quot; 或 &quot;conversations&quot;。</translation>
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
    <name>RecordWriter</name>
    <message>
        <source>no complete exchange (a question and its answer)</source>
        <translation>没有完整的问答轮次（一个问题及其回答）</translation>
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
    <message>
        <source>Cannot read the project: %1</source>
        <translation>无法读取项目：%1</translation>
    </message>
</context>
<context>
    <name>SampleDraw</name>
    <message>
        <source>Can you explain %1 to me?</source>
        <translation>你能给我讲讲%1吗？</translation>
    </message>
    <message>
        <source>(%1&apos;s answer would be here: try the system prompt or the answer template to get one.)</source>
        <translation>（%1 的回答会显示在这里：试用系统提示词或回答模板即可获得回答。）</translation>
    </message>
</context>
<context>
    <name>SampleReader</name>
    <message>
        <source>Cannot read the samples: %1</source>
        <translation>无法读取样本：%1</translation>
    </message>
    <message>
        <source>Cannot read the samples: the project is not an open SQLite database.</source>
        <translation>无法读取样本：项目不是已打开的 SQLite 数据库。</translation>
    </message>
</context>
<context>
    <name>TaxonomyImport</name>
    <message>
        <source>%1: a qna.yaml holds a mapping (version, created_by, seed_examples, …).</source>
        <translation>%1：qna.yaml 应包含一个映射（version、created_by、seed_examples、…）。</translation>
    </message>
    <message>
        <source>version must be a whole number.</source>
        <translation>version 必须是整数。</translation>
    </message>
    <message>
        <source>document must be a mapping (repo, commit, patterns).</source>
        <translation>document 必须是映射（repo、commit、patterns）。</translation>
    </message>
    <message>
        <source>seed_examples is missing.</source>
        <translation>缺少 seed_examples。</translation>
    </message>
    <message>
        <source>seed_examples must be a list.</source>
        <translation>seed_examples 必须是列表。</translation>
    </message>
    <message>
        <source>%1 must be a mapping.</source>
        <translation>%1 必须是映射。</translation>
    </message>
    <message>
        <source>%1.questions_and_answers must be a list.</source>
        <translation>%1.questions_and_answers 必须是列表。</translation>
    </message>
    <message>
        <source>%1 must be a mapping (question, answer).</source>
        <translation>%1 必须是映射（question、answer）。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>%1 has no qna.yaml files: it is not an InstructLab taxonomy.</source>
        <translation>%1 中没有 qna.yaml 文件：它不是 InstructLab 分类体系。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 大于 %2 MiB。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: its documents are in %2, which is not on this machine; nothing is downloaded. Clone it next to the taxonomy (or name a local folder) and import again to add them; the seed examples&apos; contexts were added instead.</source>
        <translation>%1：其文档位于 %2，而该位置不在本机上；不会下载任何内容。请将其克隆到分类体系旁边（或指定一个本地文件夹），然后重新导入以添加这些文档；现已改为添加种子示例的上下文。</translation>
    </message>
    <message>
        <source>%1: %2 files match its patterns; the first %3 were read.</source>
        <translation>%1：有 %2 个文件与其模式匹配；已读取前 %3 个。</translation>
    </message>
    <message>
        <source>%1: no file in %2 matches its patterns (%3).</source>
        <translation>%1：%2 中没有与其模式（%3）匹配的文件。</translation>
    </message>
    <message>
        <source>%1: the documents were read as they are in %2, whatever its checked-out commit (the taxonomy names %3).</source>
        <translation>%1：已按 %2 中的现状读取文档，不论其检出的是哪个提交（分类体系指定的是 %3）。</translation>
    </message>
    <message>
        <source>%1 (seed contexts)</source>
        <translation>%1（种子上下文）</translation>
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
    <name>TemplateSet</name>
    <message>
        <source>The %1 template is not part of this run.</source>
        <translation>%1 模板不属于此次运行。</translation>
    </message>
    <message>
        <source>The %1 template cannot be rendered: %2</source>
        <translation>无法渲染 %1 模板：%2</translation>
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
    <message>
        <source>The rubric&apos;s name.</source>
        <translation>评分标准的名称。</translation>
    </message>
    <message>
        <source>The lowest score of the scale.</source>
        <translation>量表的最低分。</translation>
    </message>
    <message>
        <source>The highest score of the scale.</source>
        <translation>量表的最高分。</translation>
    </message>
    <message>
        <source>What the judge looks for, as the user wrote it.</source>
        <translation>评审关注的内容，按用户所写。</translation>
    </message>
    <message>
        <source>Example instructions the new one is modelled on.</source>
        <translation>新指令所参照的示例指令。</translation>
    </message>
    <message>
        <source>Add a constraint or requirement.</source>
        <translation>添加一个约束或要求。</translation>
    </message>
    <message>
        <source>Ask about the subject in more depth.</source>
        <translation>更深入地询问该主题。</translation>
    </message>
    <message>
        <source>Replace general ideas with concrete cases.</source>
        <translation>用具体案例替换笼统的概念。</translation>
    </message>
    <message>
        <source>Require several steps of reasoning.</source>
        <translation>要求多步推理。</translation>
    </message>
    <message>
        <source>Write a new instruction of the same domain.</source>
        <translation>撰写同一领域的新指令。</translation>
    </message>
    <message>
        <source>The instruction to evolve.</source>
        <translation>要演化的指令。</translation>
    </message>
    <message>
        <source>The direction drawn for this evolution: one field is true.</source>
        <translation>为此次演化抽取的方向：其中一个字段为 true。</translation>
    </message>
    <message>
        <source>Which evolution of the original instruction this is, from 1.</source>
        <translation>这是原始指令的第几次演化，从 1 开始。</translation>
    </message>
    <message>
        <source>The answer to check against the chunk.</source>
        <translation>要对照片段检查的回答。</translation>
    </message>
    <message>
        <source>The response&apos;s text.</source>
        <translation>回复的文本。</translation>
    </message>
    <message>
        <source>The responses to rank, in the order they are numbered.</source>
        <translation>要排序的回复，按编号顺序排列。</translation>
    </message>
    <message>
        <source>The rubric the judge ranks by.</source>
        <translation>评审排序所依据的评分标准。</translation>
    </message>
    <message>
        <source>How many queries to write.</source>
        <translation>要撰写的查询数量。</translation>
    </message>
    <message>
        <source>The search query the chunk may or may not answer.</source>
        <translation>片段可能回答也可能不回答的搜索查询。</translation>
    </message>
    <message>
        <source>The rubric to score on.</source>
        <translation>用于打分的评分标准。</translation>
    </message>
    <message>
        <source>When one turn is judged: the answer to score; empty when the whole conversation is.</source>
        <translation>评审单个轮次时：要打分的回答；评审整个对话时为空。</translation>
    </message>
</context>
<context>
    <name>VerdictReader</name>
    <message>
        <source>The judge&apos;s reply holds no JSON: %1</source>
        <translation>评审的回复不含 JSON：%1</translation>
    </message>
    <message>
        <source>The judge&apos;s reply is JSON but not an object {…}.</source>
        <translation>评审的回复是 JSON，但不是对象 {…}。</translation>
    </message>
    <message>
        <source>The judge&apos;s &quot;score&quot; is not a number.</source>
        <translation>评审的“score”不是数字。</translation>
    </message>
    <message>
        <source>The judge&apos;s reply has no &quot;score&quot;.</source>
        <translation>评审的回复没有“score”。</translation>
    </message>
    <message>
        <source>The judge&apos;s score %1 is outside the rubric&apos;s scale (%2 to %3).</source>
        <translation>评审分数 %1 超出评分标准的量表（%2 至 %3）。</translation>
    </message>
    <message>
        <source>The judge&apos;s &quot;%1&quot; is not true or false.</source>
        <translation>评审的“%1”不是 true 或 false。</translation>
    </message>
    <message>
        <source>The judge&apos;s reply has no &quot;%1&quot;.</source>
        <translation>评审的回复没有“%1”。</translation>
    </message>
    <message>
        <source>The judge&apos;s reply has no &quot;ranking&quot; list.</source>
        <translation>评审的回复没有“ranking”列表。</translation>
    </message>
    <message>
        <source>The judge&apos;s ranking must name each response from 1 to %1 once.</source>
        <translation>评审的排序必须将 1 到 %1 的每个回复各列出一次。</translation>
    </message>
    <message>
        <source>The reply holds no JSON: %1</source>
        <translation>回复不含 JSON：%1</translation>
    </message>
    <message>
        <source>The reply is not a JSON list of texts.</source>
        <translation>回复不是文本的 JSON 列表。</translation>
    </message>
    <message>
        <source>The reply&apos;s list holds no text.</source>
        <translation>回复的列表不含文本。</translation>
    </message>
</context>
<context>
    <name>YamlMessages</name>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1，第 %2 行，第 %3 列</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 必须是文本。</translation>
    </message>
    <message>
        <source>%1 must be a list of texts.</source>
        <translation>%1 必须是文本列表。</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少 %1。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
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
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Leave out the system prompt.</source>
        <translation>省略系统提示词。</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>必须指定 --output</translation>
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
    <message numerus="yes">
        <source>%n refusal(s) or boilerplate</source>
        <translation>
            <numerusform>%n 个拒答或套话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty or truncated</source>
        <translation>
            <numerusform>%n 个为空或被截断</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the wrong language</source>
        <translation>
            <numerusform>%n 个语言错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n too short</source>
        <translation>
            <numerusform>%n 个过短</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n too long</source>
        <translation>
            <numerusform>%n 个过长</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n judged below %1</source>
        <translation>
            <numerusform>%n 个评审分数低于 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n 个重复项</numerusform>
        </translation>
    </message>
    <message>
        <source>Include the samples the quality filters, the judge threshold and duplicate detection would leave out.</source>
        <translation>包含会被质量筛选、评审阈值和重复检测排除的样本。</translation>
    </message>
    <message>
        <source>The project is read-only: samples not checked yet are not filtered.</source>
        <translation>项目为只读：尚未检查的样本不会被筛选。</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n by the quality settings: %1 (--all includes them).</source>
        <translation>
            <numerusform>质量设置排除了 %n 个：%1（--all 会包含它们）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Finds exact and near duplicates among the project&apos;s complete samples, as the studio does in the background: new and changed samples are signed, then every sample is compared with the ones before it. Prints how many samples there are, how many duplicates and in how many groups.</source>
        <translation>在项目的完整样本中查找完全重复和近似重复项，与工作室在后台所做的相同：为新的和更改过的样本计算签名，然后将每个样本与之前的样本比较。输出样本数、重复项数以及分为多少组。</translation>
    </message>
    <message>
        <source>The project file (*.dialogsmith).</source>
        <translation>项目文件（*.dialogsmith）。</translation>
    </message>
    <message>
        <source>Similarity from which two samples are near duplicates, 0.3 to 1 (default: the project&apos;s, quality.duplicates.threshold). Not saved in the project.</source>
        <translation>两个样本被视为近似重复的相似度下限，0.3 到 1（默认：项目的设置，quality.duplicates.threshold）。不会保存到项目中。</translation>
    </message>
    <message>
        <source>--threshold is a number from 0.3 to 1, not &quot;%1&quot;.</source>
        <translation>--threshold 是 0.3 到 1 之间的数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be written; duplicates are kept in the project file.</source>
        <translation>无法写入 %1；重复项保存在项目文件中。</translation>
    </message>
    <message>
        <source>Signing samples: %1 of %2</source>
        <translation>正在为样本计算签名：%1 / %2</translation>
    </message>
    <message>
        <source>Comparing samples: %1 of %2</source>
        <translation>正在比较样本：%1 / %2</translation>
    </message>
    <message>
        <source>Samples: %1</source>
        <translation>样本：%1</translation>
    </message>
    <message>
        <source>Exact duplicates: %1</source>
        <translation>完全重复项：%1</translation>
    </message>
    <message>
        <source>Near duplicates: %1 (similarity ≥ %2)</source>
        <translation>近似重复项：%1（相似度 ≥ %2）</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>组：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) signed in %1 s.</source>
        <translation>
            <numerusform>已在 %1 秒内为 %n 个样本计算签名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample %1 dropped: %2</source>
        <translation>样本 %1 已丢弃：%2</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 is complete, but %n sample(s) failed; &quot;generate --retry-failed&quot; retries them.</source>
        <translation>
            <numerusform>运行 %1 已完成，但有 %n 个样本失败；“generate --retry-failed”会重试它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Generates samples into a project: conversations, or the samples of another mode. An unfinished run is resumed; otherwise a new run starts.</source>
        <translation>在项目中生成样本：对话，或其他模式的样本。未完成的运行会继续；否则开始新的运行。</translation>
    </message>
    <message>
        <source>What a new run makes: conversation, instruction, evol, knowledge-qa, preference or embedding (default: the project&apos;s mode).</source>
        <translation>新运行生成的内容：conversation、instruction、evol、knowledge-qa、preference 或 embedding（默认：项目的模式）。</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>How many samples a new run plans (evol: instructions to evolve).</source>
        <translation>新运行计划生成的样本数（evol：要演化的指令数）。</translation>
    </message>
    <message>
        <source>--mode: &quot;%1&quot; is not a mode; the modes are %2.</source>
        <translation>--mode：“%1”不是模式；可用模式为 %2。</translation>
    </message>
    <message>
        <source>--mode and --retry-failed exclude each other: retrying resumes the last run as it was</source>
        <translation>--mode 和 --retry-failed 互斥：重试会按原样继续上一次运行</translation>
    </message>
    <message>
        <source>Judges the project&apos;s complete samples on a rubric: a judge model scores each and says why. Samples already judged on the rubric are left alone unless --again is given.</source>
        <translation>按评分标准评审项目的完整样本：评审模型为每个样本打分并说明理由。已按该评分标准评审过的样本不会再处理，除非指定了 --again。</translation>
    </message>
    <message>
        <source>The rubric to score on (default: the project&apos;s).</source>
        <translation>用于打分的评分标准（默认：项目的设置）。</translation>
    </message>
    <message>
        <source>The provider profile that judges (default: the project&apos;s).</source>
        <translation>进行评审的提供商配置（默认：项目的设置）。</translation>
    </message>
    <message>
        <source>Score each assistant turn instead of the whole sample.</source>
        <translation>为每个助手轮次打分，而不是整个样本。</translation>
    </message>
    <message>
        <source>Judge again the samples already judged on the rubric.</source>
        <translation>重新评审已按该评分标准评审过的样本。</translation>
    </message>
    <message>
        <source>Samples judged at once.</source>
        <translation>同时评审的样本数。</translation>
    </message>
    <message>
        <source>judge takes one project; see --help</source>
        <translation>judge 需要一个项目；参见 --help</translation>
    </message>
    <message>
        <source>%1 does not exist; create it with &quot;dialogsmith-cli new&quot;.</source>
        <translation>%1 不存在；请使用“dialogsmith-cli new”创建。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Reading %1: page %2 of %3</source>
        <translation>正在读取 %1：第 %2 页，共 %3 页</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Skipped %1: its text is already a document of the project.</source>
        <translation>已跳过 %1：其文本已是项目的文档。</translation>
    </message>
    <message>
        <source>Added %1 (%2 characters).</source>
        <translation>已添加 %1（%2 个字符）。</translation>
    </message>
    <message>
        <source>Cutting documents into chunks: %1 of %2</source>
        <translation>正在将文档切分为片段：%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n document(s).</source>
        <translation>
            <numerusform>已添加 %n 个文档。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The project&apos;s documents have %n chunk(s).</source>
        <translation>
            <numerusform>项目的文档共有 %n 个片段。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n 个文件无法导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes a project&apos;s samples in a trainer&apos;s format. Samples the project&apos;s quality settings catch (filter rules, judge threshold, duplicates) are left out unless --all is given; rejected, failed and dropped samples never are written. With --split or --card the output is a folder (train, validation, README.md).
Formats: openai, sharegpt, alpaca (conversation, instruction, evol, knowledge-qa and preference samples), turns (one line per answer with its document), csv (one row per sample), dpo and dpo-text (preference samples), triplets (embedding samples).</source>
        <translation>将项目的样本写为训练工具所用的格式。被项目质量设置捕获的样本（筛选规则、评审阈值、重复项）会被排除，除非指定了 --all；被拒绝、失败和已丢弃的样本永远不会被写入。使用 --split 或 --card 时，输出为文件夹（train、validation、README.md）。
格式：openai、sharegpt、alpaca（conversation、instruction、evol、knowledge-qa 和 preference 样本），turns（每个回答一行，附其文档），csv（每个样本一行），dpo 和 dpo-text（preference 样本），triplets（embedding 样本）。</translation>
    </message>
    <message>
        <source>openai, sharegpt, alpaca, dpo, dpo-text, triplets, turns or csv.</source>
        <translation>openai、sharegpt、alpaca、dpo、dpo-text、triplets、turns 或 csv。</translation>
    </message>
    <message>
        <source>The file to write (a folder with --split or --card).</source>
        <translation>要写入的文件（使用 --split 或 --card 时为文件夹）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Only samples approved in curation.</source>
        <translation>仅限在筛选整理中已批准的样本。</translation>
    </message>
    <message>
        <source>Only these samples (comma-separated ids).</source>
        <translation>仅限这些样本（以逗号分隔的 ID）。</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ID列表</translation>
    </message>
    <message>
        <source>Leave out samples a judge scored below this (on the project&apos;s rubric; unjudged samples are kept).</source>
        <translation>排除评审分数低于此值的样本（按项目的评分标准；未评审的样本会保留）。</translation>
    </message>
    <message>
        <source>score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Add each sample&apos;s id, mode, topic, personas, document, judge score and models (a &quot;metadata&quot; object; CSV: columns).</source>
        <translation>添加每个样本的 ID、模式、主题、人设、文档、评审分数和模型（一个 &quot;metadata&quot; 对象；CSV：列）。</translation>
    </message>
    <message>
        <source>dpo: &quot;each&quot; (a record per rejected response, the default) or &quot;best-worst&quot; (the chosen answer against the worst one).</source>
        <translation>dpo：&quot;each&quot;（每个被拒绝的回复一条记录，默认）或 &quot;best-worst&quot;（选定答案对比最差的回复）。</translation>
    </message>
    <message>
        <source>which</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>triplets: leave out the easy negatives.</source>
        <translation>triplets：排除简单负例。</translation>
    </message>
    <message>
        <source>Write the samples in a random order (see --seed).</source>
        <translation>以随机顺序写入样本（参见 --seed）。</translation>
    </message>
    <message>
        <source>Split into train and validation: the share of samples in train, between 0 and 1 (for example 0.9).</source>
        <translation>拆分为训练集和验证集：训练集中样本所占的比例，介于 0 和 1 之间（例如 0.9）。</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>With --split: take the validation share from each topic.</source>
        <translation>与 --split 一起使用：从每个主题中抽取验证集份额。</translation>
    </message>
    <message>
        <source>The seed of --shuffle and --split (default 1).</source>
        <translation>--shuffle 和 --split 的随机种子（默认为 1）。</translation>
    </message>
    <message>
        <source>Also write a Hugging Face dataset card (README.md) that says how the data was made.</source>
        <translation>同时写入 Hugging Face 数据集卡片（README.md），说明数据的生成方式。</translation>
    </message>
    <message>
        <source>The card&apos;s licence id (default &quot;other&quot;).</source>
        <translation>数据集卡片的许可证 ID（默认为 &quot;other&quot;）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The card&apos;s language code (default &quot;en&quot;; repeatable).</source>
        <translation>数据集卡片的语言代码（默认为 &quot;en&quot;；可重复指定）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Print the first N records to the standard output and what an export would write; write no file.</source>
        <translation>将前 N 条记录以及导出将写入的内容打印到标准输出；不写入任何文件。</translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot;: use openai, sharegpt, alpaca, dpo, dpo-text, triplets, turns or csv</source>
        <translation>未知的 --format 值“%1”：请使用 openai、sharegpt、alpaca、dpo、dpo-text、triplets、turns 或 csv</translation>
    </message>
    <message>
        <source>--format is required: openai, sharegpt, alpaca, dpo, dpo-text, triplets, turns or csv</source>
        <translation>必须指定 --format：openai、sharegpt、alpaca、dpo、dpo-text、triplets、turns 或 csv</translation>
    </message>
    <message>
        <source>--ids: &quot;%1&quot; is not a sample id</source>
        <translation>--ids：“%1”不是样本 ID</translation>
    </message>
    <message>
        <source>--ids names no sample</source>
        <translation>--ids 未指定任何样本</translation>
    </message>
    <message>
        <source>--pairs must be each or best-worst, not &quot;%1&quot;</source>
        <translation>--pairs 必须是 each 或 best-worst，而不是“%1”</translation>
    </message>
    <message>
        <source>--seed must be a whole number of 0 or more, not &quot;%1&quot;</source>
        <translation>--seed 必须是大于或等于 0 的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--split must be the share of samples in train, between 0 and 1 (for example 0.9), not &quot;%1&quot;</source>
        <translation>--split 必须是训练集中样本所占的比例，介于 0 和 1 之间（例如 0.9），而不是“%1”</translation>
    </message>
    <message>
        <source>--stratify needs --split</source>
        <translation>--stratify 需要 --split</translation>
    </message>
    <message>
        <source>--license and --language are for the card: add --card</source>
        <translation>--license 和 --language 用于数据集卡片：请添加 --card</translation>
    </message>
    <message>
        <source>--min-score must be a number, not &quot;%1&quot;</source>
        <translation>--min-score 必须是数字，而不是“%1”</translation>
    </message>
    <message>
        <source>--preview must be a number of records, not &quot;%1&quot;</source>
        <translation>--preview 必须是记录数，而不是“%1”</translation>
    </message>
    <message>
        <source>An export would write %1 from %2.</source>
        <translation>导出将根据 %2 写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n 个样本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 sample(s) skipped: %2 does not take them.</source>
        <translation>
            <numerusform>已跳过 %n 个 %1 样本：%2 不支持此类样本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The quality settings leave out %n: %1.</source>
        <translation>
            <numerusform>质量设置排除了 %n 个：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 from %2 to %3.</source>
        <translation>已根据 %2 将 %1 写入 %3。</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n record(s)</source>
        <translation>
            <numerusform>  %1：%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n sample(s): %1.</source>
        <translation>
            <numerusform>已跳过 %n 个样本：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1: %2%</source>
        <translation>正在读取 %1：%2%</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n bad line(s); nothing was imported. Fix them, or import the rest with --skip-bad-lines:</source>
        <translation>
            <numerusform>%1 中有 %n 个错误行；未导入任何内容。请修正这些行，或使用 --skip-bad-lines 导入其余内容：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n bad line(s) of %1:</source>
        <translation>
            <numerusform>已跳过 %1 中的 %n 个错误行：</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 samples from %2 (%3): %4 conversations, %5 instructions.</source>
        <translation>已从 %2（%3）导入 %1 个样本：%4 个对话，%5 条指令。</translation>
    </message>
    <message>
        <source>%1 cannot be merged into the design; nothing was changed:</source>
        <translation>无法将 %1 合并到设计中；未做任何更改：</translation>
    </message>
    <message>
        <source>Nothing new: the design already has everything in %1.</source>
        <translation>没有新内容：设计中已包含 %1 中的所有内容。</translation>
    </message>
    <message>
        <source>Added to the design: %1.</source>
        <translation>已添加到设计中：%1。</translation>
    </message>
    <message>
        <source>Adds documents, datasets or designs to a project.
Documents: text, Markdown, HTML and PDF files, each titled by its file name; a file whose text is already a document of the project is skipped; afterwards the documents are cut into chunks and indexed.
Datasets: JSONL files in the openai (messages), sharegpt (conversations) or alpaca (instruction, input, output, history) shape, the format found from the first record; each record becomes a sample of an import run (a conversation, or an instruction when it has one exchange). A file with bad lines is not imported unless --skip-bad-lines is given.
Designs: an InstructLab taxonomy folder (qna.yaml files: seeds, topics, documents) or an Auto Data Fountain folder (setup.yaml and diagram.mermaid: personas, templates, Evol-Instruct directions, a scenario), merged into the project&apos;s design.
Without --as, a folder with setup.yaml is an Auto Data Fountain folder, a folder with qna.yaml files a taxonomy, a .jsonl file a dataset and any other file a document.</source>
        <translation>向项目添加文档、数据集或设计。
文档：文本、Markdown、HTML 和 PDF 文件，各以其文件名为标题；如果某个文件的文本已是项目的文档，则跳过该文件；之后文档会被切分为片段并建立索引。
数据集：openai（messages）、sharegpt（conversations）或 alpaca（instruction、input、output、history）形式的 JSONL 文件，格式根据第一条记录确定；每条记录成为一次导入运行中的一个样本（一个对话；只有一轮问答时则为一条指令）。包含错误行的文件不会被导入，除非指定了 --skip-bad-lines。
设计：InstructLab 分类体系文件夹（qna.yaml 文件：种子指令、主题、文档）或 Auto Data Fountain 文件夹（setup.yaml 和 diagram.mermaid：人设、模板、Evol-Instruct 方向、一个场景），合并到项目的设计中。
未指定 --as 时，包含 setup.yaml 的文件夹视为 Auto Data Fountain 文件夹，包含 qna.yaml 文件的文件夹视为分类体系，.jsonl 文件视为数据集，其他任何文件视为文档。</translation>
    </message>
    <message>
        <source>The files or folders to read.</source>
        <translation>要读取的文件或文件夹。</translation>
    </message>
    <message>
        <source>What the files are: documents, openai, sharegpt, alpaca, dataset (a JSONL dataset of any of the three), instructlab or fountain.</source>
        <translation>文件的类型：documents、openai、sharegpt、alpaca、dataset（上述三种格式之一的 JSONL 数据集）、instructlab 或 fountain。</translation>
    </message>
    <message>
        <source>Import a dataset&apos;s good records even when some lines are bad (they are listed).</source>
        <translation>即使某些行有误，也导入数据集中的正确记录（有误的行会被列出）。</translation>
    </message>
    <message>
        <source>--as %1: use documents, openai, sharegpt, alpaca, dataset, instructlab or fountain.</source>
        <translation>--as %1：请使用 documents、openai、sharegpt、alpaca、dataset、instructlab 或 fountain。</translation>
    </message>
    <message>
        <source>%1 is a folder with neither a setup.yaml (Auto Data Fountain) nor qna.yaml files (InstructLab taxonomy).</source>
        <translation>%1 是一个既没有 setup.yaml（Auto Data Fountain）也没有 qna.yaml 文件（InstructLab 分类体系）的文件夹。</translation>
    </message>
    <message>
        <source>%1 cannot be written; nothing was imported.</source>
        <translation>无法写入 %1；未导入任何内容。</translation>
    </message>
    <message>
        <source>Usage: dialogsmith-cli COMMAND [options]
Dialogsmith without a screen: the studio&apos;s engine for batch runs.

Commands:
  new PROJECT [--spec SPEC.json]        create a project, empty or from a spec
  spec export PROJECT [--output FILE]   write the project&apos;s design as a JSON spec
  spec import PROJECT SPEC.json         replace the project&apos;s design with a spec
  generate PROJECT [options]            generate samples (--mode); resumes an unfinished run
  judge PROJECT [options]               score the samples on a rubric with a judge model
  export PROJECT --format F --output PATH   write a dataset for training (formats: export --help)
  providers list|test PROJECT           show or test the provider profiles
  import PROJECT FILE... [--as KIND]    add documents (text, Markdown, HTML, PDF), a JSONL dataset
                                        (openai, sharegpt, alpaca) or a design (InstructLab
                                        taxonomy, Auto Data Fountain folder)
  dedup PROJECT [--threshold X]         find exact and near duplicates among the samples

COMMAND --help describes a command&apos;s options.
Exit codes: 0 done, 1 failed, 2 usage error, 3 interrupted but resumable.

Options:
  -h, --help     Displays this help.
  -v, --version  Displays version information.
</source>
        <translation>用法：dialogsmith-cli COMMAND [options]
不带图形界面的 Dialogsmith：工作室用于批量运行的引擎。

命令：
  new PROJECT [--spec SPEC.json]        创建项目，可以为空，也可以基于规格创建
  spec export PROJECT [--output FILE]   将项目的设计写为 JSON 规格
  spec import PROJECT SPEC.json         用规格替换项目的设计
  generate PROJECT [options]            生成样本（--mode）；继续未完成的运行
  judge PROJECT [options]               使用评审模型按评分标准为样本打分
  export PROJECT --format F --output PATH   写出用于训练的数据集（格式：export --help）
  providers list|test PROJECT           显示或测试提供商配置
  import PROJECT FILE... [--as KIND]    添加文档（文本、Markdown、HTML、PDF）、JSONL 数据集
                                        （openai、sharegpt、alpaca）或设计（InstructLab
                                        分类体系、Auto Data Fountain 文件夹）
  dedup PROJECT [--threshold X]         查找样本中的完全重复项和近似重复项

COMMAND --help 会说明该命令的选项。
退出代码：0 完成，1 失败，2 用法错误，3 已中断但可继续。

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
