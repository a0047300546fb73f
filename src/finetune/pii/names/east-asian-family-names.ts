/**
 * Korean and Chinese (Taiwanese, Hong Kong, Singaporean) family names as they are romanised, for the rules that read a
 * name by its family name: some are English words or an organisation's word too (Park, Song, Moon, Han).
 */
export const EAST_ASIAN_FAMILY =
  "Kim|Lee|Park|Choi|Jung|Jeong|Kang|Cho|Yoon|Yun|Jang|Lim|Han|Oh|Seo|Shin|Kwon|Hwang|Ahn|Song|Yoo|Hong|Jeon|Ko|Moon|Yang|Son|Bae|Baek|Heo|Nam|Kwak|Chen|Lin|Wang|Li|Zhang|Liu|Huang|Wu|Zhou|Xu|Zhao|Ye|Yeh|Tsai|Cai|Hsu|Chang|Kuo|Guo|Lai|Cheng|Hsieh|Lo|Luo|Tseng|Chiu|Chou|Liao|Wong|Chan|Leung|Lau|Cheung|Ng|Tan|Goh|Teo|Ong";

export const EAST_ASIAN_FAMILY_NAMES: ReadonlySet<string> = new Set(EAST_ASIAN_FAMILY.split("|"));

/**
 * Hong Kong's and Macau's family names as Cantonese is romanised there (Tsang, Yip, Kwok, Yeung), for the rule that reads a
 * name by its hyphened given name (Chow Siu-Keung, Ka-Yan Poon): beside a word of another form they are words or other
 * names as often (Tang, Tam, Chu), so only there.
 */
export const HONG_KONG_FAMILY = "Tsang|Chow|Yip|Yeung|Kwok|Fung|Mak|Tam|Lam|Tse|Siu|Kwan|Poon|Yuen|Ho|Hui|Tsui|Chung|Lui|Tang|Pang|Chu|Sze|Yau|Choy|Mok|Ngai|Shek|Fok|Ip";
