/**
 * Localised safety texts: the pieces of the crisis template answer and the AI disclosure.
 * Written for this project; `reviewed: false` marks text no native speaker has checked yet —
 * a release must not ship a locale as reviewed without that check. Placeholders: {emergency} and
 * {url}. Texts never name a method, place or dose.
 */

export interface SafetyLocale {
  /** Language name in the language itself and in English. */
  name: string;
  english: string;
  /** True only after review by a native speaker with crisis-support experience. */
  reviewed: boolean;
  opening: string;
  safetyWithNumber: string;
  safetyWithoutNumber: string;
  linesIntro: string;
  directory: string;
  /** Used when the country has no confirmed crisis line: only the directory is offered. */
  directoryOnly: string;
  /** Leads into the profile's supports, listed one per line as options. */
  supportsIntro: string;
  stay: string;
  aiNote: string;
  disclosure: string;
}

export const SAFETY_LOCALES: Readonly<Record<string, SafetyLocale>> = {
  en: {
    name: "English",
    english: "English",
    reviewed: false,
    opening:
      "Thank you for telling me. I'm really sorry you're carrying this much pain, and I'm glad you reached out. You don't have to go through this moment alone.",
    safetyWithNumber:
      "Are you safe right now? If you might act on these thoughts, or you're in danger, please call {emergency} now or go to the nearest emergency department.",
    safetyWithoutNumber:
      "Are you safe right now? If you might act on these thoughts, or you're in danger, please call your local emergency number now or go to the nearest emergency department.",
    linesIntro: "You can talk with a trained person right now, for free:",
    directory: "If none of these suit you, {url} lists free helplines where you are.",
    directoryOnly: "You can find free helplines where you are at {url}.",
    supportsIntro: "If it feels right for you, some people also find these helpful:",
    stay: "I'm here and I'll keep listening. Would you tell me a little about what's happening right now?",
    aiNote: "I'm an AI, not a counsellor, so I can't call anyone or send help, but the people at these numbers can.",
    disclosure:
      "I'm an AI, not a therapist or a doctor. I can listen and help you think things through, but I can't diagnose, prescribe, or contact anyone for you. If you are in danger, please call your local emergency number.",
  },
  es: {
    name: "Español",
    english: "Spanish",
    reviewed: false,
    opening:
      "Gracias por contármelo. Siento mucho que estés cargando tanto dolor, y me alegra que hayas escrito. No tienes que pasar por este momento a solas.",
    safetyWithNumber:
      "¿Estás a salvo ahora mismo? Si crees que podrías actuar según estos pensamientos o estás en peligro, llama ahora al {emergency} o ve a la sala de urgencias más cercana.",
    safetyWithoutNumber:
      "¿Estás a salvo ahora mismo? Si crees que podrías actuar según estos pensamientos o estás en peligro, llama al número de emergencias de tu país o ve a la sala de urgencias más cercana.",
    linesIntro: "Puedes hablar ahora mismo, gratis, con una persona preparada para escucharte:",
    directory: "Si ninguna de estas opciones te sirve, en {url} hay líneas de ayuda gratuitas de tu país.",
    directoryOnly: "En {url} puedes encontrar líneas de ayuda gratuitas de tu país.",
    supportsIntro: "Si te parece bien, a algunas personas también les ayuda:",
    stay: "Estoy aquí y te sigo escuchando. ¿Me cuentas un poco qué está pasando ahora?",
    aiNote: "Soy una inteligencia artificial, no un profesional: no puedo llamar a nadie ni enviar ayuda, pero las personas de estas líneas sí pueden.",
    disclosure:
      "Soy una inteligencia artificial, no un terapeuta ni un médico. Puedo escucharte y ayudarte a ordenar tus ideas, pero no puedo diagnosticar, recetar ni contactar a nadie por ti. Si estás en peligro, llama al número de emergencias de tu país.",
  },
  fr: {
    name: "Français",
    english: "French",
    reviewed: false,
    opening:
      "Merci de me l'avoir dit. Je suis vraiment désolé que vous portiez autant de douleur, et je suis content que vous ayez écrit. Vous n'avez pas à traverser ce moment sans personne.",
    safetyWithNumber:
      "Êtes-vous en sécurité en ce moment ? Si vous pensez pouvoir passer à l'acte ou si vous êtes en danger, appelez tout de suite le {emergency} ou rendez-vous aux urgences les plus proches.",
    safetyWithoutNumber:
      "Êtes-vous en sécurité en ce moment ? Si vous pensez pouvoir passer à l'acte ou si vous êtes en danger, appelez le numéro d'urgence de votre pays ou rendez-vous aux urgences les plus proches.",
    linesIntro: "Vous pouvez parler dès maintenant, gratuitement, avec une personne formée pour vous écouter :",
    directory: "Si aucune de ces lignes ne vous convient, {url} recense les lignes d'écoute gratuites de votre pays.",
    directoryOnly: "Vous trouverez les lignes d'écoute gratuites de votre pays sur {url}.",
    supportsIntro: "Si cela vous convient, certaines personnes trouvent aussi de l'aide ici :",
    stay: "Je suis là et je continue de vous écouter. Voulez-vous me dire un peu ce qui se passe en ce moment ?",
    aiNote:
      "Je suis une intelligence artificielle, pas un soignant : je ne peux appeler personne ni envoyer de l'aide, mais les personnes de ces lignes le peuvent.",
    disclosure:
      "Je suis une intelligence artificielle, pas un thérapeute ni un médecin. Je peux vous écouter et vous aider à y voir plus clair, mais je ne peux pas poser de diagnostic, prescrire ni contacter quelqu'un à votre place. Si vous êtes en danger, appelez le numéro d'urgence de votre pays.",
  },
  pt: {
    name: "Português",
    english: "Portuguese",
    reviewed: false,
    opening:
      "Obrigado por me contar. Sinto muito que você esteja carregando tanta dor, e fico feliz que tenha escrito. Você não precisa passar por este momento sem ninguém.",
    safetyWithNumber:
      "Você está em segurança agora? Se sentir que pode agir de acordo com esses pensamentos ou estiver em perigo, ligue agora para o {emergency} ou vá ao pronto-socorro mais próximo.",
    safetyWithoutNumber:
      "Você está em segurança agora? Se sentir que pode agir de acordo com esses pensamentos ou estiver em perigo, ligue para o número de emergência do seu país ou vá ao pronto-socorro mais próximo.",
    linesIntro: "Você pode conversar agora mesmo, de graça, com alguém preparado para ouvir:",
    directory: "Se nenhuma dessas opções servir, {url} lista linhas de apoio gratuitas do seu país.",
    directoryOnly: "Em {url} você encontra linhas de apoio gratuitas do seu país.",
    supportsIntro: "Se fizer sentido para você, algumas pessoas também encontram apoio em:",
    stay: "Estou aqui e continuo ouvindo. Você me conta um pouco do que está acontecendo agora?",
    aiNote: "Sou uma inteligência artificial, não um profissional: não consigo ligar para ninguém nem enviar ajuda, mas as pessoas desses números conseguem.",
    disclosure:
      "Sou uma inteligência artificial, não um terapeuta nem um médico. Posso ouvir e ajudar você a organizar os pensamentos, mas não posso diagnosticar, receitar nem entrar em contato com alguém por você. Se estiver em perigo, ligue para o número de emergência do seu país.",
  },
  de: {
    name: "Deutsch",
    english: "German",
    reviewed: false,
    opening:
      "Danke, dass du mir das erzählst. Es tut mir sehr leid, dass du so viel Schmerz trägst, und ich bin froh, dass du geschrieben hast. Du musst diesen Moment nicht allein durchstehen.",
    safetyWithNumber:
      "Bist du gerade in Sicherheit? Wenn du glaubst, dass du diesen Gedanken folgen könntest, oder du in Gefahr bist, ruf bitte jetzt die {emergency} an oder geh in die nächste Notaufnahme.",
    safetyWithoutNumber:
      "Bist du gerade in Sicherheit? Wenn du glaubst, dass du diesen Gedanken folgen könntest, oder du in Gefahr bist, ruf bitte die Notrufnummer deines Landes an oder geh in die nächste Notaufnahme.",
    linesIntro: "Du kannst jetzt sofort und kostenlos mit einem geschulten Menschen sprechen:",
    directory: "Wenn nichts davon passt, findest du unter {url} kostenlose Hilfetelefone in deinem Land.",
    directoryOnly: "Unter {url} findest du kostenlose Hilfetelefone in deinem Land.",
    supportsIntro: "Wenn es für dich passt, hilft manchen Menschen auch:",
    stay: "Ich bin da und höre dir weiter zu. Magst du mir ein wenig erzählen, was gerade passiert?",
    aiNote: "Ich bin eine KI, keine Fachperson: Ich kann niemanden anrufen und keine Hilfe schicken, die Menschen unter diesen Nummern schon.",
    disclosure:
      "Ich bin eine KI, keine Therapeutin und kein Arzt. Ich kann zuhören und dir helfen, deine Gedanken zu ordnen, aber ich kann keine Diagnosen stellen, nichts verschreiben und niemanden für dich kontaktieren. Wenn du in Gefahr bist, ruf bitte die Notrufnummer deines Landes an.",
  },
  ko: {
    name: "한국어",
    english: "Korean",
    reviewed: false,
    opening: "말해 줘서 고마워요. 이렇게 큰 아픔을 안고 있었다니 정말 마음이 아파요. 연락해 줘서 다행이에요. 지금 이 순간을 혼자 견디지 않아도 돼요.",
    safetyWithNumber: "지금 안전한 곳에 있나요? 이 생각대로 행동할 것 같거나 위험한 상황이라면, 지금 바로 {emergency}에 전화하거나 가까운 응급실로 가 주세요.",
    safetyWithoutNumber: "지금 안전한 곳에 있나요? 이 생각대로 행동할 것 같거나 위험한 상황이라면, 지금 바로 응급 번호로 전화하거나 가까운 응급실로 가 주세요.",
    linesIntro: "지금 바로, 무료로, 훈련받은 상담사와 이야기할 수 있어요:",
    directory: "맞는 곳이 없다면 {url}에서 거주 국가의 무료 상담전화를 찾을 수 있어요.",
    directoryOnly: "{url}에서 거주 국가의 무료 상담전화를 찾을 수 있어요.",
    supportsIntro: "괜찮다면, 이런 것들이 도움이 되었다는 사람들도 있어요:",
    stay: "저는 여기 있고 계속 들을게요. 지금 무슨 일이 있는지 조금 이야기해 줄 수 있어요?",
    aiNote: "저는 AI이고 상담사가 아니에요. 누군가에게 전화하거나 도움을 보낼 수는 없지만, 이 번호의 사람들은 할 수 있어요.",
    disclosure:
      "저는 AI이며 치료사나 의사가 아니에요. 이야기를 듣고 생각을 정리하도록 도울 수는 있지만, 진단이나 처방을 하거나 대신 누군가에게 연락할 수는 없어요. 위험한 상황이라면 응급 번호로 전화해 주세요.",
  },
  ja: {
    name: "日本語",
    english: "Japanese",
    reviewed: false,
    opening:
      "話してくれてありがとうございます。そんなに大きな痛みを抱えていたのですね。連絡をくれて本当によかったです。この時間を一人で耐える必要はありません。",
    safetyWithNumber:
      "今、安全な場所にいますか？この気持ちのままに行動してしまいそうなとき、または危険な状況にあるときは、今すぐ{emergency}に電話するか、近くの救急外来に行ってください。",
    safetyWithoutNumber:
      "今、安全な場所にいますか？この気持ちのままに行動してしまいそうなとき、または危険な状況にあるときは、今すぐお住まいの国の緊急番号に電話するか、近くの救急外来に行ってください。",
    linesIntro: "今すぐ、無料で、訓練を受けた相談員と話すことができます：",
    directory: "合うところがなければ、{url}でお住まいの国の無料相談窓口を探せます。",
    directoryOnly: "{url}でお住まいの国の無料相談窓口を探せます。",
    supportsIntro: "もしよければ、こんな支えが助けになったという人もいます：",
    stay: "私はここにいて、話を聞き続けます。今どんなことが起きているのか、少し教えてもらえますか？",
    aiNote: "私はAIで、専門家ではありません。誰かに電話したり助けを送ったりはできませんが、これらの窓口の人たちにはできます。",
    disclosure:
      "私はAIであり、セラピストや医師ではありません。話を聞いて考えを整理するお手伝いはできますが、診断や処方、あなたの代わりに誰かへ連絡することはできません。危険な状況のときは、緊急番号に電話してください。",
  },
  zh: {
    name: "中文",
    english: "Chinese",
    reviewed: false,
    opening: "谢谢你告诉我。听到你承受着这么多痛苦，我真的很难过，也很高兴你愿意说出来。这一刻你不必独自面对。",
    safetyWithNumber: "你现在安全吗？如果你觉得自己可能会按这些想法去做，或者正处在危险中，请现在就拨打{emergency}，或者去最近的医院急诊。",
    safetyWithoutNumber: "你现在安全吗？如果你觉得自己可能会按这些想法去做，或者正处在危险中，请现在就拨打当地的紧急电话，或者去最近的医院急诊。",
    linesIntro: "你现在就可以免费和受过训练的人聊一聊：",
    directory: "如果这些都不合适，可以在 {url} 查找你所在国家的免费求助热线。",
    directoryOnly: "可以在 {url} 查找你所在国家的免费求助热线。",
    supportsIntro: "如果你觉得合适，有些人觉得这些也有帮助：",
    stay: "我在这里，会继续听你说。愿意跟我说说现在发生了什么吗？",
    aiNote: "我是人工智能，不是专业人员：我没法替你打电话或派人帮忙，但这些热线的工作人员可以。",
    disclosure:
      "我是人工智能，不是心理治疗师或医生。我可以倾听，帮你理清思路，但不能诊断、开药，也不能替你联系任何人。如果你处在危险中，请拨打当地的紧急电话。",
  },
  hi: {
    name: "हिन्दी",
    english: "Hindi",
    reviewed: false,
    opening: "मुझे बताने के लिए धन्यवाद। मुझे सच में दुख है कि आप इतना दर्द सह रहे हैं, और अच्छा लगा कि आपने बात की। इस पल में आपको अकेले नहीं रहना है।",
    safetyWithNumber:
      "क्या आप अभी सुरक्षित हैं? अगर आपको लगता है कि आप इन विचारों पर अमल कर सकते हैं या आप खतरे में हैं, तो कृपया अभी {emergency} पर कॉल करें या नज़दीकी अस्पताल की इमरजेंसी में जाएँ।",
    safetyWithoutNumber:
      "क्या आप अभी सुरक्षित हैं? अगर आपको लगता है कि आप इन विचारों पर अमल कर सकते हैं या आप खतरे में हैं, तो कृपया अपने देश के आपातकालीन नंबर पर कॉल करें या नज़दीकी अस्पताल की इमरजेंसी में जाएँ।",
    linesIntro: "आप अभी, मुफ़्त में, किसी प्रशिक्षित व्यक्ति से बात कर सकते हैं:",
    directory: "अगर इनमें से कुछ भी सही न लगे, तो {url} पर आपके देश की मुफ़्त हेल्पलाइन मिल जाएँगी।",
    directoryOnly: "{url} पर आपके देश की मुफ़्त हेल्पलाइन मिल जाएँगी।",
    supportsIntro: "अगर आपको ठीक लगे, तो कुछ लोगों को इनसे भी मदद मिलती है:",
    stay: "मैं यहाँ हूँ और आपकी बात सुन रहा हूँ। क्या आप थोड़ा बताएँगे कि अभी क्या हो रहा है?",
    aiNote: "मैं एक AI हूँ, कोई काउंसलर नहीं: मैं किसी को कॉल नहीं कर सकता या मदद नहीं भेज सकता, लेकिन इन नंबरों पर मौजूद लोग कर सकते हैं।",
    disclosure:
      "मैं एक AI हूँ, थेरेपिस्ट या डॉक्टर नहीं। मैं आपकी बात सुन सकता हूँ और सोचने में मदद कर सकता हूँ, लेकिन मैं बीमारी की पहचान, दवा या आपकी ओर से किसी से संपर्क नहीं कर सकता। अगर आप खतरे में हैं, तो कृपया अपने देश के आपातकालीन नंबर पर कॉल करें।",
  },
  ar: {
    name: "العربية",
    english: "Arabic",
    reviewed: false,
    opening: "شكرًا لأنك أخبرتني. يؤلمني أنك تحمل كل هذا الألم، ويسعدني أنك تواصلت. لست مضطرًا لمواجهة هذه اللحظة وحدك.",
    safetyWithNumber:
      "هل أنت في أمان الآن؟ إذا شعرت أنك قد تتصرف بناءً على هذه الأفكار أو كنت في خطر، فاتصل الآن بالرقم {emergency} أو توجّه إلى أقرب قسم طوارئ.",
    safetyWithoutNumber:
      "هل أنت في أمان الآن؟ إذا شعرت أنك قد تتصرف بناءً على هذه الأفكار أو كنت في خطر، فاتصل برقم الطوارئ في بلدك أو توجّه إلى أقرب قسم طوارئ.",
    linesIntro: "يمكنك التحدث الآن مجانًا مع شخص مدرَّب على الاستماع:",
    directory: "إذا لم يناسبك أيٌّ من هذه الأرقام، فستجد في {url} خطوط مساعدة مجانية في بلدك.",
    directoryOnly: "ستجد في {url} خطوط مساعدة مجانية في بلدك.",
    supportsIntro: "إن شعرت أن ذلك مناسب لك، يجد بعض الناس أيضًا عونًا في:",
    stay: "أنا هنا وما زلت أستمع إليك. هل تخبرني قليلًا بما يحدث معك الآن؟",
    aiNote: "أنا ذكاء اصطناعي ولست مختصًا: لا أستطيع الاتصال بأحد أو إرسال مساعدة، لكن الأشخاص على هذه الأرقام يستطيعون.",
    disclosure:
      "أنا ذكاء اصطناعي، ولست معالجًا نفسيًا ولا طبيبًا. أستطيع أن أستمع إليك وأساعدك على ترتيب أفكارك، لكن لا أستطيع التشخيص أو وصف الأدوية أو التواصل مع أي أحد نيابةً عنك. إذا كنت في خطر، فاتصل برقم الطوارئ في بلدك.",
  },
  fa: {
    name: "فارسی",
    english: "Persian",
    reviewed: false,
    opening: "ممنون که به من گفتید. واقعاً متأسفم که این‌همه درد را تحمل می‌کنید و خوشحالم که با من حرف زدید. لازم نیست این لحظه را تنها بگذرانید.",
    safetyWithNumber:
      "الان در امان هستید؟ اگر فکر می‌کنید ممکن است به این افکار عمل کنید یا در خطر هستید، لطفاً همین حالا با {emergency} تماس بگیرید یا به نزدیک‌ترین اورژانس بروید.",
    safetyWithoutNumber:
      "الان در امان هستید؟ اگر فکر می‌کنید ممکن است به این افکار عمل کنید یا در خطر هستید، لطفاً با شماره اورژانس کشورتان تماس بگیرید یا به نزدیک‌ترین اورژانس بروید.",
    linesIntro: "همین حالا می‌توانید رایگان با یک فرد آموزش‌دیده صحبت کنید:",
    directory: "اگر هیچ‌کدام مناسب نبود، در {url} خطوط کمک رایگان کشورتان را پیدا می‌کنید.",
    directoryOnly: "در {url} خطوط کمک رایگان کشورتان را پیدا می‌کنید.",
    supportsIntro: "اگر برایتان درست است، بعضی‌ها این‌ها را هم کمک‌کننده می‌دانند:",
    stay: "من اینجا هستم و به حرف‌هایتان گوش می‌دهم. می‌خواهید کمی بگویید الان چه اتفاقی می‌افتد؟",
    aiNote: "من یک هوش مصنوعی هستم، نه مشاور: نمی‌توانم به کسی زنگ بزنم یا کمک بفرستم، اما افرادی که پشت این شماره‌ها هستند می‌توانند.",
    disclosure:
      "من یک هوش مصنوعی هستم، نه روان‌درمانگر یا پزشک. می‌توانم گوش بدهم و کمک کنم افکارتان را مرتب کنید، اما نمی‌توانم تشخیص بدهم، دارو تجویز کنم یا به‌جای شما با کسی تماس بگیرم. اگر در خطر هستید، با شماره اورژانس کشورتان تماس بگیرید.",
  },
  ru: {
    name: "Русский",
    english: "Russian",
    reviewed: false,
    opening: "Спасибо, что рассказали мне. Мне очень жаль, что вам так больно, и я рад, что вы написали. Вам не нужно переживать этот момент в одиночку.",
    safetyWithNumber:
      "Вы сейчас в безопасности? Если вы чувствуете, что можете поступить по этим мыслям, или вам грозит опасность, пожалуйста, позвоните прямо сейчас по номеру {emergency} или обратитесь в ближайшее приёмное отделение.",
    safetyWithoutNumber:
      "Вы сейчас в безопасности? Если вы чувствуете, что можете поступить по этим мыслям, или вам грозит опасность, пожалуйста, позвоните в экстренную службу вашей страны или обратитесь в ближайшее приёмное отделение.",
    linesIntro: "Прямо сейчас вы можете бесплатно поговорить с подготовленным человеком:",
    directory: "Если ничего из этого не подходит, на {url} есть бесплатные линии помощи в вашей стране.",
    directoryOnly: "На {url} есть бесплатные линии помощи в вашей стране.",
    supportsIntro: "Если вам это подходит, некоторым людям помогает и это:",
    stay: "Я здесь и продолжаю слушать. Расскажете немного, что сейчас происходит?",
    aiNote: "Я искусственный интеллект, а не специалист: я не могу никому позвонить или прислать помощь, а люди по этим номерам могут.",
    disclosure:
      "Я искусственный интеллект, а не психотерапевт и не врач. Я могу выслушать и помочь разобраться в мыслях, но не могу ставить диагнозы, назначать лекарства или связываться с кем-то вместо вас. Если вам грозит опасность, позвоните в экстренную службу вашей страны.",
  },
  id: {
    name: "Bahasa Indonesia",
    english: "Indonesian",
    reviewed: false,
    opening:
      "Terima kasih sudah mau cerita. Aku benar-benar ikut sedih kamu menanggung rasa sakit sebesar ini, dan aku senang kamu menghubungi. Kamu tidak harus melewati saat ini sendirian.",
    safetyWithNumber:
      "Apakah kamu aman sekarang? Kalau kamu merasa mungkin akan bertindak sesuai pikiran ini atau sedang dalam bahaya, tolong telepon {emergency} sekarang atau pergi ke IGD terdekat.",
    safetyWithoutNumber:
      "Apakah kamu aman sekarang? Kalau kamu merasa mungkin akan bertindak sesuai pikiran ini atau sedang dalam bahaya, tolong telepon nomor darurat di negaramu atau pergi ke IGD terdekat.",
    linesIntro: "Kamu bisa bicara sekarang juga, gratis, dengan orang yang terlatih untuk mendengarkan:",
    directory: "Kalau tidak ada yang cocok, {url} mencantumkan layanan bantuan gratis di negaramu.",
    directoryOnly: "{url} mencantumkan layanan bantuan gratis di negaramu.",
    supportsIntro: "Kalau terasa pas untukmu, sebagian orang juga terbantu oleh hal-hal ini:",
    stay: "Aku di sini dan akan terus mendengarkan. Maukah kamu cerita sedikit apa yang sedang terjadi sekarang?",
    aiNote: "Aku adalah AI, bukan konselor: aku tidak bisa menelepon siapa pun atau mengirim bantuan, tapi orang-orang di nomor ini bisa.",
    disclosure:
      "Aku adalah AI, bukan terapis atau dokter. Aku bisa mendengarkan dan membantumu menata pikiran, tapi aku tidak bisa mendiagnosis, meresepkan obat, atau menghubungi siapa pun untukmu. Kalau kamu dalam bahaya, telepon nomor darurat di negaramu.",
  },
  tl: {
    name: "Tagalog",
    english: "Tagalog",
    reviewed: false,
    opening:
      "Salamat at sinabi mo sa akin. Nalulungkot ako na ganito kabigat ang dinadala mo, at natutuwa ako na nag-message ka. Hindi mo kailangang harapin ang sandaling ito nang mag-isa.",
    safetyWithNumber:
      "Ligtas ka ba ngayon? Kung pakiramdam mo ay baka gawin mo ang mga naiisip mo, o nasa panganib ka, pakitawagan ang {emergency} ngayon o pumunta sa pinakamalapit na emergency room.",
    safetyWithoutNumber:
      "Ligtas ka ba ngayon? Kung pakiramdam mo ay baka gawin mo ang mga naiisip mo, o nasa panganib ka, pakitawagan ang emergency number sa inyong bansa o pumunta sa pinakamalapit na emergency room.",
    linesIntro: "Puwede kang makipag-usap ngayon din, nang libre, sa taong sinanay para makinig:",
    directory: "Kung wala sa mga ito ang bagay sa iyo, may listahan ng libreng helpline sa {url}.",
    directoryOnly: "May listahan ng libreng helpline sa inyong bansa sa {url}.",
    supportsIntro: "Kung sa tingin mo ay makakabuti, may mga taong natutulungan din ng mga ito:",
    stay: "Nandito ako at patuloy na nakikinig. Puwede mo bang ikuwento nang kaunti kung ano ang nangyayari ngayon?",
    aiNote: "Isa akong AI, hindi counselor: hindi ako makakatawag o makapagpapadala ng tulong, pero kaya ng mga tao sa mga numerong ito.",
    disclosure:
      "Isa akong AI, hindi therapist o doktor. Kaya kong makinig at tumulong na ayusin ang iyong iniisip, pero hindi ako makakapag-diagnose, makakapagreseta, o makakatawag sa kahit sino para sa iyo. Kung nasa panganib ka, tawagan ang emergency number sa inyong bansa.",
  },
  sw: {
    name: "Kiswahili",
    english: "Swahili",
    reviewed: false,
    opening:
      "Asante kwa kuniambia. Naumia kusikia kwamba unabeba maumivu makubwa hivi, na nafurahi kwamba umewasiliana. Huhitaji kupitia wakati huu peke yako.",
    safetyWithNumber:
      "Je, uko salama sasa hivi? Ikiwa unahisi unaweza kutenda kwa mawazo haya au uko hatarini, tafadhali piga {emergency} sasa hivi au nenda kwenye kitengo cha dharura cha hospitali iliyo karibu.",
    safetyWithoutNumber:
      "Je, uko salama sasa hivi? Ikiwa unahisi unaweza kutenda kwa mawazo haya au uko hatarini, tafadhali piga namba ya dharura ya nchi yako au nenda kwenye kitengo cha dharura cha hospitali iliyo karibu.",
    linesIntro: "Unaweza kuzungumza sasa hivi, bila malipo, na mtu aliyefunzwa kusikiliza:",
    directory: "Ikiwa hakuna kati ya hizi kinachokufaa, {url} ina orodha ya simu za msaada za bure katika nchi yako.",
    directoryOnly: "{url} ina orodha ya simu za msaada za bure katika nchi yako.",
    supportsIntro: "Ukiona inafaa, baadhi ya watu pia husaidiwa na haya:",
    stay: "Niko hapa na ninaendelea kukusikiliza. Ungependa kunieleza kidogo kinachoendelea sasa?",
    aiNote: "Mimi ni AI, si mshauri: siwezi kumpigia mtu simu wala kutuma msaada, lakini watu walio kwenye namba hizi wanaweza.",
    disclosure:
      "Mimi ni AI, si mtaalamu wa tiba wala daktari. Ninaweza kukusikiliza na kukusaidia kupanga mawazo yako, lakini siwezi kutambua ugonjwa, kuandika dawa, au kuwasiliana na mtu yeyote kwa niaba yako. Ikiwa uko hatarini, piga namba ya dharura ya nchi yako.",
  },
  yo: {
    name: "Yorùbá",
    english: "Yoruba",
    reviewed: false,
    opening: "E se ti e so fun mi. O dun mi pe e n gbe irora to po to bayi, inu mi si dun pe e kan si mi. E ko nilo lati koju asiko yii nikan.",
    safetyWithNumber:
      "Se e wa ni ailewu ni bayi? Ti e ba ro pe e le se ohun ti ero yii n so, tabi ti ewu ba wa, e jowo e pe {emergency} ni bayi tabi ki e lo si ile iwosan pajawiri to sunmo yin.",
    safetyWithoutNumber:
      "Se e wa ni ailewu ni bayi? Ti e ba ro pe e le se ohun ti ero yii n so, tabi ti ewu ba wa, e jowo e pe nomba pajawiri ni orile-ede yin tabi ki e lo si ile iwosan pajawiri to sunmo yin.",
    linesIntro: "E le ba eni ti a ko lati gbo yin soro ni bayi, lofe:",
    directory: "Ti okan ninu awon wonyi ko ba ba yin mu, {url} ni akojo awon nomba iranlowo ofe ni orile-ede yin.",
    directoryOnly: "{url} ni akojo awon nomba iranlowo ofe ni orile-ede yin.",
    supportsIntro: "Ti o ba ba yin lara mu, awon nkan wonyi tun ran awon kan lowo:",
    stay: "Mo wa nibi, mo si n gbo yin. Se e le so die fun mi nipa ohun to n sele ni bayi?",
    aiNote: "AI ni mi, mi o ki n se oludamoran: mi o le pe enikeni tabi ran iranlowo, sugbon awon eniyan to wa lori awon nomba yii le se bee.",
    disclosure:
      "AI ni mi, mi o ki n se oniwosan okan tabi dokita. Mo le gbo yin ki n si ran yin lowo lati to ero yin, sugbon mi o le so aisan, ko oogun, tabi kan si enikeni fun yin. Ti ewu ba wa, e pe nomba pajawiri ni orile-ede yin.",
  },
  ha: {
    name: "Hausa",
    english: "Hausa",
    reviewed: false,
    opening:
      "Na gode da ka gaya min. Na yi bakin ciki da jin kana dauke da irin wannan zafi, kuma na ji dadin da ka tuntube ni. Ba sai ka fuskanci wannan lokaci kai kadai ba.",
    safetyWithNumber:
      "Kana cikin aminci yanzu? Idan kana jin za ka iya aikata abin da wannan tunani ke fada, ko kana cikin hadari, don Allah ka kira {emergency} yanzu ko ka je sashen gaggawa na asibiti mafi kusa.",
    safetyWithoutNumber:
      "Kana cikin aminci yanzu? Idan kana jin za ka iya aikata abin da wannan tunani ke fada, ko kana cikin hadari, don Allah ka kira lambar gaggawa ta kasarku ko ka je sashen gaggawa na asibiti mafi kusa.",
    linesIntro: "Za ka iya magana yanzu, kyauta, da wanda aka horar ya saurare ka:",
    directory: "Idan babu wanda ya dace da kai, {url} yana da jerin layukan taimako kyauta a kasarku.",
    directoryOnly: "{url} yana da jerin layukan taimako kyauta a kasarku.",
    supportsIntro: "Idan ka ga ya dace, wasu mutane ma suna samun taimako daga wadannan:",
    stay: "Ina nan kuma ina sauraronka. Za ka iya fada min kadan abin da ke faruwa yanzu?",
    aiNote: "Ni AI ne, ba mai ba da shawara ba: ba zan iya kiran kowa ko aika taimako ba, amma mutanen da ke kan wadannan lambobin za su iya.",
    disclosure:
      "Ni AI ne, ba likitan tabin hankali ko likita ba. Zan iya sauraronka in taimaka maka ka tsara tunaninka, amma ba zan iya gano cuta, ba da magani, ko tuntubar kowa a madadinka ba. Idan kana cikin hadari, kira lambar gaggawa ta kasarku.",
  },
  pcm: {
    name: "Naijá",
    english: "Nigerian Pidgin",
    reviewed: false,
    opening: "Thank you say you tell me. E pain me say you dey carry this kind heavy pain, and I happy say you reach out. You no need face this moment alone.",
    safetyWithNumber:
      "You dey safe right now? If you feel say you fit act on these thoughts, or you dey for danger, abeg call {emergency} now now or go the nearest hospital emergency.",
    safetyWithoutNumber:
      "You dey safe right now? If you feel say you fit act on these thoughts, or you dey for danger, abeg call the emergency number for your country or go the nearest hospital emergency.",
    linesIntro: "You fit talk to person wey dem train to listen, right now, free:",
    directory: "If none of these one fit you, {url} get list of free helplines for your country.",
    directoryOnly: "{url} get list of free helplines for your country.",
    supportsIntro: "If e sweet your mind, some people dey find help for these ones too:",
    stay: "I dey here and I still dey listen. You fit tell me small wetin dey happen now?",
    aiNote: "I be AI, I no be counsellor: I no fit call anybody or send help, but the people for these numbers fit.",
    disclosure:
      "I be AI, I no be therapist or doctor. I fit listen and help you arrange your thoughts, but I no fit diagnose, give drug, or contact anybody for you. If you dey for danger, call the emergency number for your country.",
  },
  tr: {
    name: "Türkçe",
    english: "Turkish",
    reviewed: false,
    opening:
      "Bunu bana anlattığın için teşekkür ederim. Bu kadar ağır bir acı taşıdığın için çok üzgünüm ve bana yazdığına sevindim. Bu anı tek başına atlatmak zorunda değilsin.",
    safetyWithNumber:
      "Şu anda güvende misin? Bu düşüncelere göre davranabileceğini hissediyorsan ya da tehlikedeysen, lütfen hemen {emergency} numarasını ara ya da en yakın acil servise git.",
    safetyWithoutNumber:
      "Şu anda güvende misin? Bu düşüncelere göre davranabileceğini hissediyorsan ya da tehlikedeysen, lütfen ülkendeki acil durum numarasını ara ya da en yakın acil servise git.",
    linesIntro: "Şu anda, ücretsiz olarak, dinlemek için eğitim almış biriyle konuşabilirsin:",
    directory: "Bunların hiçbiri sana uymazsa, {url} ülkendeki ücretsiz yardım hatlarını listeliyor.",
    directoryOnly: "{url} ülkendeki ücretsiz yardım hatlarını listeliyor.",
    supportsIntro: "Sana uygun gelirse, bazı insanlar bunlardan da destek buluyor:",
    stay: "Buradayım ve seni dinlemeye devam ediyorum. Şu anda neler olduğunu biraz anlatır mısın?",
    aiNote: "Ben bir yapay zekâyım, danışman değilim: kimseyi arayamam ya da yardım gönderemem, ama bu numaralardaki insanlar bunu yapabilir.",
    disclosure:
      "Ben bir yapay zekâyım; terapist ya da doktor değilim. Seni dinleyebilir ve düşüncelerini toparlamana yardım edebilirim, ama teşhis koyamam, ilaç yazamam ya da senin yerine kimseyle iletişime geçemem. Tehlikedeysen ülkendeki acil durum numarasını ara.",
  },
};

/** Languages with a full set of safety texts. */
export const SAFETY_LANGUAGES: readonly string[] = Object.keys(SAFETY_LOCALES);

/**
 * The locale for a BCP-47 tag ("pt-BR" → pt, "zh-Hant" → zh). Romanised variants other than
 * Pidgin ("hi-Latn") fall back to English, which people writing in Latin script read. Unknown
 * languages fall back to English.
 */
export function safetyLocale(language: string | undefined): { lang: string; locale: SafetyLocale } {
  const tag = (language ?? "en").toLowerCase();
  const [primary = "en", ...rest] = tag.split(/[-_]/);
  const romanised = rest.includes("latn") && primary !== "pcm";
  const lang = !romanised && primary in SAFETY_LOCALES ? primary : "en";
  return { lang, locale: SAFETY_LOCALES[lang] as SafetyLocale };
}
